// Package dateparser is crosscheck's stand-in for
// github.com/markusmobius/go-dateparser, which crosscheck's go.mod
// replaces with this folder.
//
// go-htmldate imports go-dateparser for one thing: its "extensive" date
// search hands the text segments it could not read itself to
// Parser.Parse. crosscheck runs go-htmldate and go-trafilatura with that
// search off, so the real module is never called; but Go runs the
// initialisers of every linked package, and go-dateparser's compile about
// 3,900 regular expressions for its 200-odd locales when the program
// starts: some 220 ms of CPU and 78 MB in every command, "crosscheck
// help" included.
//
// This package declares the names go-htmldate uses (Parser, ParserType,
// Configuration, PreferredDateSource, Date) and parses what the extensive
// search would hand it in English news: absolute dates such as "Tuesday,
// March 3rd, 2024 10:15 am", "3 March 2024", "2024-03-03", "03/03/2024",
// "20240303" and Unix timestamps. It needs no tables at start-up. Other
// languages, relative dates ("two days ago") and custom formats are not
// read: Parse returns an error, and go-htmldate treats the segment as
// holding no date.
package dateparser
