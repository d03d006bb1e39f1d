// Command crosscheck reads every report of a news story and writes one
// cross-checked account per story.
//
// Usage:
//
//	crosscheck <command> [flags] PATH...
//
// Run "crosscheck help" for the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// command is one subcommand: its one-line help and the function that runs
// it with the arguments after its name. A run returns errFailedInputs when
// it finished but some inputs could not be read, so that main exits 1.
type command struct {
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

// env is what a command may touch of the process.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

var commands = map[string]command{
	"articles": {"print the clean articles of the inputs", runArticles},
	"brief":    {"write a cross-checked briefing per story", runBrief},
	"add":      {"add reports to the store, update their stories and briefings", runAdd},
	"cluster":  {"group the inputs' articles into stories", runCluster},
	"eval":     {"score crosscheck on an evaluation dataset", runEval},
	"worker":   {"handle the work queue of a scaled-out crosscheck (PostgreSQL and NATS)", runWorker},
	"bench":    {"measure dedup and clustering speed on a synthetic firehose", runBench},
	"serve":    {"serve stories as web pages and a JSON API", runServe},
	"watch":    {"poll news feeds and add their new items to the store", runWatch},
}

// errFailedInputs reports that some inputs failed; they were named already.
var errFailedInputs = errors.New("some inputs could not be read")

// errUsage reports a usage error that was already explained.
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}, os.Args[1:])
	stop()
	os.Exit(code)
}

func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		usage(e.stderr)
		return 2
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 && args[0] == "help" {
			// "help CMD" is "CMD --help".
			return run(ctx, e, append(append([]string{}, args[1:]...), "--help"))
		}
		usage(e.stdout)
		return 0
	case "version", "-version", "--version":
		fmt.Fprintf(e.stdout, "crosscheck %s\n", versionString())
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "crosscheck: unknown command %q\n", args[0])
		usage(e.stderr)
		return 2
	}
	if wantsHelp(args[1:]) {
		// Asked for, help is the output, not a complaint: the command's
		// usage goes to standard output.
		help := *e
		help.stderr = e.stdout
		e = &help
	}
	err := cmd.run(ctx, e, args[1:])
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, errFailedInputs):
		return 1
	}
	fmt.Fprintf(e.stderr, "crosscheck %s: %s\n", args[0], printable(err.Error()))
	return 1
}

// wantsHelp reports whether args ask for help (-h, -help or --help) before
// any "--" that ends the flags.
func wantsHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "--h", "-help", "--help":
			return true
		}
	}
	return false
}

// newFlags returns the flag set of command name. Its usage prints the
// lines given, then the flags, on e.stderr; so do its errors.
func newFlags(e *env, name string, usage ...string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		for _, l := range usage {
			fmt.Fprintln(e.stderr, l)
		}
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses fs's flags wherever they stand among args and returns
// the other arguments, of which there must be at least least and, unless
// most is negative, at most most. Its errors have been explained on
// stderr already: flag.ErrHelp for -h, errUsage otherwise.
func parseFlags(fs *flag.FlagSet, args []string, least, most int) ([]string, error) {
	rest, err := parseArgs(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return nil, err
	case err != nil:
		return nil, errUsage
	case len(rest) < least || most >= 0 && len(rest) > most:
		fs.Usage()
		return nil, errUsage
	}
	return rest, nil
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: crosscheck <command> [flags] PATH...")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, commands[n].summary)
	}
	fmt.Fprintf(w, "  %-9s %s\n", "help", "print this help, or with a command's name that command's")
	fmt.Fprintf(w, "  %-9s %s\n", "version", "print crosscheck's version")
	fmt.Fprintln(w, "\nRun \"crosscheck help <command>\" or \"crosscheck <command> --help\" for a command's flags.")
}
