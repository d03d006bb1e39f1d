package ingest

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"crosscheck"
)

// Walk reads the inputs named by paths, in order, and calls fn with every
// Document they hold. A path is a file, a directory (walked recursively in
// lexical order, hidden files and directories skipped) or "-" for
// opts.Stdin. An input that cannot be read, wholly or in part, is reported
// to onErr and the walk goes on. Walk stops and returns the error when fn
// returns one or ctx is done.
func Walk(ctx context.Context, paths []string, opts Options, fn func(crosscheck.Document) error, onErr func(crosscheck.InputError)) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			stdin := opts.Stdin
			if stdin == nil {
				stdin = strings.NewReader("")
			}
			if err := readGuarded(ctx, input{name: p, r: stdin, size: -1}, opts, fn, onErr); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			onErr(InputError(p, openError(p, err)))
			continue
		}
		if !info.IsDir() {
			if err := readFile(ctx, p, opts, fn, onErr); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				onErr(InputError(path, openError(path, err)))
				if d != nil && d.IsDir() && path != p {
					return fs.SkipDir
				}
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if !d.Type().IsRegular() {
				// Symbolic links to files are followed; devices, sockets
				// and pipes are not inputs.
				if why := notRegular(path, d); why != "" {
					if opts.Warn != nil {
						opts.Warn(crosscheck.InputError{File: path, Error: why})
					}
					return nil
				}
			}
			if opts.Skip != nil && opts.Skip(path) {
				return nil
			}
			return readFile(ctx, path, opts, fn, onErr)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// notRegular returns why a walk passes over the entry d at path, which is
// not a regular file, or "" when it is a symbolic link to one.
func notRegular(path string, d fs.DirEntry) string {
	info, err := os.Stat(path)
	link := d.Type()&fs.ModeSymlink != 0
	switch {
	case err != nil && link && errors.Is(err, fs.ErrNotExist):
		return "broken symbolic link, skipped"
	case err != nil && link && errors.Is(err, syscall.ELOOP):
		return "symbolic link loop, skipped"
	case err != nil:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return "skipped: " + err.Error()
	case info.Mode().IsRegular():
		return ""
	case info.IsDir():
		return "symbolic link to a directory, not followed"
	case info.Mode()&fs.ModeNamedPipe != 0:
		return "named pipe, skipped"
	}
	return "not a regular file, skipped"
}

func openError(path string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return crosscheck.Errorf(crosscheck.NotFound, "", path, "no such file or directory")
	}
	return crosscheck.Errorf(crosscheck.Other, "", path, "%w", err)
}

func readFile(ctx context.Context, path string, opts Options, fn func(crosscheck.Document) error, onErr func(crosscheck.InputError)) error {
	f, err := os.Open(path)
	if err != nil {
		onErr(InputError(path, openError(path, err)))
		return nil
	}
	defer f.Close()
	size := int64(-1)
	if info, err := f.Stat(); err == nil {
		size = info.Size()
	}
	return readGuarded(ctx, input{name: path, r: f, size: size}, opts, fn, onErr)
}

// readGuarded reads one input. Errors that concern the input go to onErr;
// only fn's errors and ctx's end are returned. A panic while reading is
// reported as an internal error of that input, so one hostile input cannot
// stop a run.
func readGuarded(ctx context.Context, in input, opts Options, fn func(crosscheck.Document) error, onErr func(crosscheck.InputError)) (err error) {
	var stop error
	emit := func(d crosscheck.Document) error {
		if err := ctx.Err(); err != nil {
			stop = err
			return err
		}
		if err := fn(d); err != nil {
			stop = err
			return err
		}
		return nil
	}
	report := func(e error) { onErr(InputError(in.name, e)) }
	defer func() {
		if r := recover(); r != nil {
			if stop != nil {
				err = stop
				return
			}
			report(crosscheck.Errorf(crosscheck.Internal, "", in.name, "panic: %v", r))
		}
	}()
	rerr := read(ctx, in, opts, emit, report)
	if stop != nil {
		return stop
	}
	if rerr != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		report(rerr)
	}
	return nil
}

// Read reads one input that is no file, such as a request body, as Walk
// reads a file: name names it in Documents and errors, and contentType, a
// MIME type that may be empty, stands in for a file name's extension when
// the content leaves its kind open (text/html makes a page of a fragment,
// application/json insists on JSON). Errors about the input go to onErr;
// Read returns only fn's errors and ctx's end.
func Read(ctx context.Context, name, contentType string, r io.Reader, opts Options, fn func(crosscheck.Document) error, onErr func(crosscheck.InputError)) error {
	return readGuarded(ctx, input{name: name, r: r, size: -1, hint: typeHint(contentType)}, opts, fn, onErr)
}

// typeHint returns the file extension that a MIME type stands for, or "".
func typeHint(contentType string) string {
	t, _, _ := strings.Cut(strings.ToLower(contentType), ";")
	switch strings.TrimSpace(t) {
	case "text/html", "application/xhtml+xml":
		return ".html"
	case "application/json", "application/feed+json":
		return ".json"
	case "application/x-ndjson", "application/jsonl", "application/jsonlines":
		return ".jsonl"
	case "text/markdown":
		return ".md"
	case "text/plain":
		return ".txt"
	}
	return ""
}

// input is one opened input: its name as given or walked, its content and
// its size in bytes, or -1 when unknown.
type input struct {
	name string
	r    io.Reader
	size int64
	// hint, when set, stands in for the extension of name.
	hint string
}
