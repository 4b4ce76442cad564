// Command factdiff reads several news articles about one story, extracts the
// facts they state and reports where the sources agree and where they
// contradict each other.
//
// Usage:
//
//	factdiff [compare] [flags] sources...   compare facts across sources
//	factdiff extract [flags] sources...     list every fact found
//	factdiff rules list|test|check [files]  work on rule files
//	factdiff explain --rule ID sources...   why each sentence did or did not match
//
// Exit codes: 0 when nothing reaches --fail-on, 1 when something does (or a
// rule test fails), 2 for usage, input or rule-file errors.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], env{
		stdin:  os.Stdin,
		stdout: os.Stdout,
		stderr: os.Stderr,
		getenv: os.Getenv,
		isTerminal: func(f *os.File) bool {
			st, err := f.Stat()
			return err == nil && st.Mode()&os.ModeCharDevice != 0
		},
	}))
}
