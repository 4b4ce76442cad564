package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCmd runs factdiff with args and returns its exit code and output.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, env{
		stdin:      strings.NewReader(stdin),
		stdout:     &out,
		stderr:     &errb,
		getenv:     func(string) string { return "" },
		isTerminal: func(*os.File) bool { return false },
	})
	return code, out.String(), errb.String()
}

func write(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	agreeA := write(t, dir, "agree-a.txt", "Overnight strikes killed 25 people, officials said.\n")
	agreeB := write(t, dir, "agree-b.txt", "Officials said strikes killed 25 people overnight.\n")
	conflict := write(t, dir, "conflict.txt", "Overnight strikes killed 31 people, officials said.\n")
	variantA := write(t, dir, "variant-a.txt", "Talks went on with Russian envoy Kirill Dmitriyev on Monday.\n")
	variantB := write(t, dir, "variant-b.txt", "Talks went on with Russian envoy Kirill Dmitriev on Monday.\n")
	binary := write(t, dir, "photo.txt", "\x89PNG\x00\x00\x00")
	latin1 := write(t, dir, "latin1.txt", "caf\xe9 society\n")
	badRules := write(t, dir, "bad.yaml", "version: 1\nrules:\n  - id: x\n    kind: count\n    neer: [killed]\n")

	cases := []struct {
		name   string
		args   []string
		code   int
		stderr string // a substring the error must carry
	}{
		{"agreement", []string{agreeA, agreeB}, 0, ""},
		{"conflict", []string{agreeA, conflict}, 1, ""},
		{"compare is the default command", []string{"compare", agreeA, conflict}, 1, ""},
		{"fail-on never only reports", []string{"--fail-on", "never", agreeA, conflict}, 0, ""},
		{"a variant passes by default", []string{variantA, variantB}, 0, ""},
		{"fail-on variant", []string{"--fail-on", "variant", variantA, variantB}, 1, ""},
		{"flags after sources", []string{variantA, variantB, "--fail-on", "variant"}, 1, ""},
		{"missing file", []string{agreeA, filepath.Join(dir, "nope.txt")}, 2, "nope.txt: no such file or directory"},
		{"binary file", []string{agreeA, binary}, 2, "photo.txt: a binary file"},
		{"invalid UTF-8", []string{latin1}, 2, "latin1.txt: line 1, column 4: invalid UTF-8"},
		{"no sources", nil, 2, "no sources"},
		{"bad flag value", []string{"--fail-on", "sometimes", agreeA}, 2, `unknown --fail-on "sometimes"`},
		{"bad format", []string{"--format", "pdf", agreeA}, 2, `unknown --format "pdf"`},
		{"unknown flag", []string{"--colour", agreeA}, 2, "flag provided but not defined"},
		{"rule file with a typo", []string{"--rules", badRules, agreeA}, 2, `bad.yaml:5:5: rule "x": unknown field "neer" in rule: did you mean "near"?`},
		{"missing rule file", []string{"--rules", filepath.Join(dir, "none.yaml"), agreeA}, 2, "none.yaml: no such file or directory"},
		{"no rules at all", []string{"--no-default-rules", agreeA}, 2, "no rules"},
		{"extract", []string{"extract", agreeA}, 0, ""},
		{"extract a bad file", []string{"extract", binary}, 2, "binary file"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, "", c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, c.code, stderr)
			}
			if c.stderr != "" && !strings.Contains(stderr, c.stderr) {
				t.Errorf("stderr %q does not say %q", stderr, c.stderr)
			}
			if strings.Contains(stderr, "panic") {
				t.Errorf("panic: %s", stderr)
			}
		})
	}
}

func TestStdinAndDeterminism(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.txt", "Overnight strikes killed 25 people, officials said.\n")
	code, out, stderr := runCmd(t, "Strikes overnight killed 31 people.\n", "--format", "json", a, "-")
	if code != 1 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, `"source": "-"`) {
		t.Errorf("standard input is not named -:\n%s", out)
	}
	for _, format := range []string{"table", "markdown", "json"} {
		var first string
		for _, jobs := range []string{"1", "2", "4"} {
			_, out, _ := runCmd(t, "", "--format", format, "--jobs", jobs, "../../testdata/stories/peace-plan")
			if first == "" {
				first = out
			} else if out != first {
				t.Errorf("%s output differs with --jobs %s", format, jobs)
			}
		}
	}
}

func TestOutputFile(t *testing.T) {
	dir := t.TempDir()
	report := filepath.Join(dir, "report.md")
	code, out, stderr := runCmd(t, "", "--format", "markdown", "-o", report, "--fail-on", "never", "../../testdata/stories/peace-plan")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if out != "" {
		t.Errorf("with -o, standard output should be empty, got %q", out)
	}
	data, err := os.ReadFile(report)
	if err != nil || !strings.HasPrefix(string(data), "# factdiff report") {
		t.Errorf("report file: %v %q", err, data)
	}
}

// TestNoDefaultRulesKeepsVocabularies: without the default rules, the
// default hedges and currencies still read "about $60m" as hedged money.
func TestNoDefaultRulesKeepsVocabularies(t *testing.T) {
	dir := t.TempDir()
	rules := write(t, dir, "mine.yaml", "version: 1\nrules:\n  - id: aid\n    kind: money\n    near: [aid]\n    examples:\n      - {text: \"The aid comes to $5m.\", want: \"$5m\"}\n")
	story := write(t, dir, "a.txt", "Officials said the aid would total about $60m this year, and 12 people died.\n")
	code, out, stderr := runCmd(t, "", "extract", "--no-default-rules", "--rules", rules, "--format", "json", story)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, `"currency": "USD"`) || !strings.Contains(out, `"hedge": "about"`) {
		t.Errorf("hedged money not read without the default rules:\n%s", out)
	}
	if strings.Contains(out, `"rule": "deaths"`) {
		t.Errorf("a default rule ran with --no-default-rules:\n%s", out)
	}
}

// TestNothingDroppedSilently: a copy of another source, the same file given
// twice and an empty file are each listed as skipped, with the reason.
func TestNothingDroppedSilently(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.txt", "Overnight strikes killed 25 people, officials said.\n")
	copyOfA := write(t, dir, "copy.txt", "Overnight strikes killed 25 people, officials said.\n")
	empty := write(t, dir, "empty.txt", "  \n\n")
	code, out, stderr := runCmd(t, "", a, copyOfA, a, empty)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"1 sources",
		"skipped " + a + ": given twice: read once",
		"skipped " + copyOfA + ": the same text as " + a + ": counted once",
		"skipped " + empty + ": no text left after clean-up",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output does not say %q:\n%s", want, out)
		}
	}
	if code, _, stderr := runCmd(t, "x\n", "-", "-"); code != 2 || !strings.Contains(stderr, "standard input is given twice") {
		t.Errorf("- given twice: exit %d, %q", code, stderr)
	}
}
