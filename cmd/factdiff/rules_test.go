package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// golden compares got with testdata/NAME, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/factdiff -update to create it, then review it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file; run go test ./cmd/factdiff -update and review the diff.\ngot:\n%s", path, got)
	}
}

// transcript is a command's exit code and output, as a golden file shows it.
func transcript(args []string, code int, stdout, stderr string) string {
	var b strings.Builder
	b.WriteString("$ factdiff " + strings.Join(args, " ") + "\n")
	b.WriteString(stdout)
	if stderr != "" {
		b.WriteString("--- stderr\n" + stderr)
	}
	b.WriteString("--- exit " + string(rune('0'+code)) + "\n")
	return b.String()
}

func TestRulesCommands(t *testing.T) {
	cases := []struct {
		golden string
		args   []string
		code   int
	}{
		{"rules-list.golden", []string{"rules", "list", "../../examples/storm.yaml"}, 0},
		{"rules-test.golden", []string{"rules", "test", "testdata/examples.yaml"}, 1},
		{"rules-test-storm.golden", []string{"rules", "test", "-v", "../../examples/storm.yaml"}, 0},
		{"rules-check-errors.golden", []string{"rules", "check", "../../facts/testdata/rules/errors/rule-fields.yaml"}, 2},
		{"rules-check-warnings.golden", []string{"rules", "check", "../../facts/testdata/rules/warnings/mistakes.yaml"}, 0},
		{"rules-check-storm.golden", []string{"rules", "check", "../../examples/storm.yaml"}, 0},
		{"rules-usage.golden", []string{"rules"}, 2},
		{"rules-unknown.golden", []string{"rules", "lst"}, 2},
	}
	for _, c := range cases {
		t.Run(c.golden, func(t *testing.T) {
			code, out, errOut := runCmd(t, "", c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d\n%s%s", code, c.code, out, errOut)
			}
			golden(t, c.golden, transcript(c.args, code, out, errOut))
		})
	}
}

// TestRulesDefaultPack: every example of the default pack passes, the
// default pack lists every rule, and it checks clean.
func TestRulesDefaultPack(t *testing.T) {
	code, out, errOut := runCmd(t, "", "rules", "test")
	if code != 0 || !strings.HasSuffix(out, " passed, 0 failed\n") {
		t.Errorf("rules test on the default pack: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = runCmd(t, "", "rules", "list")
	if code != 0 || !strings.Contains(out, "deaths ") || !strings.Contains(out, "rules.yaml:") {
		t.Errorf("rules list: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = runCmd(t, "", "rules", "check")
	if code != 0 || !strings.Contains(out, "no errors, 0 warnings") {
		t.Errorf("rules check: exit %d\n%s%s", code, out, errOut)
	}
}

// TestRulesReplace: a user rule with a default rule's id replaces it, and
// rules list says so.
func TestRulesReplace(t *testing.T) {
	code, out, errOut := runCmd(t, "", "rules", "list", "--rules", "../../examples/storm.yaml")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "rule displaced from ../../examples/storm.yaml:") || !strings.Contains(out, "replaces the rule of that id in rules.yaml") {
		t.Errorf("rules list does not say that displaced is replaced:\n%s", out)
	}
	if n := strings.Count(out, "\ndisplaced "); n != 1 {
		t.Errorf("displaced is listed %d times", n)
	}
}

func TestRulesErrors(t *testing.T) {
	dir := t.TempDir()
	latin1 := write(t, dir, "latin1.yaml", "version: 1\n# caf\xe9\n")
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"rules", "check", filepath.Join(dir, "none.yaml")}, 2, "none.yaml: no such file or directory"},
		{[]string{"rules", "check", empty}, 2, "holds no .yaml or .yml files"},
		{[]string{"rules", "check", latin1}, 2, "line 2, column 6: invalid UTF-8"},
		{[]string{"rules", "check", "--no-default-rules"}, 2, "no rules: with --no-default-rules, name at least one rule file"},
		{[]string{"rules", "test", "x.yaml"}, 2, "x.yaml: no such file or directory"},
		{[]string{"rules", "list", "--rules", "../../facts/testdata/rules/errors/yaml-tab.yaml"}, 2, "indent with spaces, never tabs"},
		{[]string{"rules", "test", "--rules", "../../facts/testdata/rules/errors/duplicate-id.yaml"}, 2, `duplicate id "deaths"`},
	}
	for _, c := range cases {
		code, out, errOut := runCmd(t, "", c.args...)
		if code != c.code || !strings.Contains(errOut, c.stderr) {
			t.Errorf("%q: exit %d, want %d; stderr does not say %q:\n%s%s", c.args, code, c.code, c.stderr, out, errOut)
		}
	}
}
