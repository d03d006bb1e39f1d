// crosscheck's own stand-in for github.com/markusmobius/go-dateparser: the
// main module's go.mod replaces that module with this folder (see doc.go).
module github.com/markusmobius/go-dateparser

go 1.22
