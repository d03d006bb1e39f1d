package main

import (
	"runtime/debug"
)

// version is crosscheck's version, set when building a release:
//
//	go build -ldflags "-X main.version=v1.2.0" ./cmd/crosscheck
//
// Left empty, the version comes from the build information Go records.
var version string

// versionString returns version, or else the module version and VCS
// revision the binary was built from.
func versionString() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "+dirty"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" && v == "(devel)" {
		return v + " " + rev + modified
	}
	return v
}
