package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestExplainCommand(t *testing.T) {
	cases := []struct {
		golden string
		args   []string
		code   int
	}{
		{"explain-toll.golden", []string{"explain", "--rules", "testdata/explain.yaml", "--rule", "toll", "testdata/article.txt"}, 0},
		{"explain-tried.golden", []string{"explain", "--tried", "--rules", "testdata/explain.yaml", "--rule", "hurt", "testdata/article.txt"}, 0},
		{"explain-color.golden", []string{"explain", "--color", "always", "--tried", "--rules", "testdata/explain.yaml", "--rule", "toll", "testdata/article.txt"}, 0},
		{"explain-storm-wind.golden", []string{"explain", "--tried", "--rules", "../../examples/storm.yaml", "--rule", "storm-wind-speed", "../../testdata/stories/storm"}, 0},
		{"explain-unknown-rule.golden", []string{"explain", "--rules", "testdata/explain.yaml", "--rule", "tol", "testdata/article.txt"}, 2},
		{"explain-no-rule.golden", []string{"explain", "testdata/article.txt"}, 2},
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

// TestExplainTerminal: on a terminal explain colours its marks; with
// NO_COLOR, or on a pipe, it writes brackets.
func TestExplainTerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, c := range []struct {
		terminal bool
		noColor  string
		ansi     bool
	}{{true, "", true}, {true, "1", false}, {false, "", false}} {
		if err := f.Truncate(0); err != nil {
			t.Fatal(err)
		}
		if _, err := f.Seek(0, 0); err != nil {
			t.Fatal(err)
		}
		var errb bytes.Buffer
		code := run([]string{"explain", "--rule", "deaths", "testdata/article.txt"}, env{
			stdin:      strings.NewReader(""),
			stdout:     f,
			stderr:     &errb,
			getenv:     func(k string) string { return map[string]string{"NO_COLOR": c.noColor, "TERM": "xterm"}[k] },
			isTerminal: func(*os.File) bool { return c.terminal },
		})
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		data, err := os.ReadFile(f.Name())
		if err != nil {
			t.Fatal(err)
		}
		out := string(data)
		if got := strings.Contains(out, "\x1b["); got != c.ansi {
			t.Errorf("terminal %v, NO_COLOR %q: ANSI %v, want %v", c.terminal, c.noColor, got, c.ansi)
		}
		if got := strings.Contains(out, "[[killed]]"); got == c.ansi {
			t.Errorf("terminal %v, NO_COLOR %q: brackets %v", c.terminal, c.noColor, got)
		}
	}
}
