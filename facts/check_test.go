package facts

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
	"testing"

	"factdiff"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// golden compares got with the file, or rewrites it with -update.
func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./facts -update to create it, then review it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs; run go test ./facts -update and review the diff.\ngot:\n%s", path, got)
	}
}

// ruleFile reads a test rule file under the name it is reported with.
func ruleFile(t *testing.T, path string) RuleFile {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return RuleFile{Path: strings.TrimPrefix(filepath.ToSlash(path), "testdata/rules/"), Data: data}
}

func defaultFile() RuleFile {
	return RuleFile{Path: factdiff.DefaultRulesPath, Data: factdiff.DefaultRules(), Default: true}
}

// TestRuleFileErrors loads each file of testdata/rules/errors on its own
// and writes every message to a golden file an editor can read.
func TestRuleFileErrors(t *testing.T) {
	files, err := filepath.Glob("testdata/rules/errors/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatal("no test rule files", err)
	}
	var b strings.Builder
	for _, f := range files {
		rf := ruleFile(t, f)
		fmt.Fprintf(&b, "== %s\n", rf.Path)
		_, err := LoadPack([]RuleFile{rf})
		if err == nil {
			t.Errorf("%s loads without an error", f)
			b.WriteString("(no error)\n\n")
			continue
		}
		es, ok := err.(RuleErrors)
		if !ok {
			t.Fatalf("%s: %T is not RuleErrors", f, err)
		}
		for _, e := range es {
			if e.File != rf.Path || e.Line < 1 || e.Column < 1 {
				t.Errorf("%s: an error without a file, line or column: %+v", f, e)
			}
			b.WriteString(e.Error())
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	// Across files: a second file that repeats an id of a user file.
	a, c := ruleFile(t, "testdata/rules/warnings/clean.yaml"), ruleFile(t, "testdata/rules/warnings/clean.yaml")
	c.Path = "again.yaml"
	_, err = LoadPack([]RuleFile{defaultFile(), a, c})
	fmt.Fprintf(&b, "== warnings/clean.yaml, then again.yaml\n%v\n", err)
	golden(t, "testdata/rules/errors.golden", b.String())
}

// TestEveryMessageCovered finds every message the loader can give (the
// format strings of errorf in rules.go and rule.go, and the YAML hints) and
// checks that errors.golden shows each one, so that a new message comes
// with a test file.
func TestEveryMessageCovered(t *testing.T) {
	data, err := os.ReadFile("testdata/rules/errors.golden")
	if err != nil {
		t.Fatal(err)
	}
	out := string(data)
	fset := gotoken.NewFileSet()
	n := 0
	for _, src := range []string{"rules.go", "rule.go", "check.go"} {
		f, err := parser.ParseFile(fset, src, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(node ast.Node) bool {
			switch x := node.(type) {
			case *ast.CallExpr:
				sel, ok := x.Fun.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "errorf" || len(x.Args) < 2 {
					return true
				}
				lit, ok := x.Args[1].(*ast.BasicLit)
				if !ok {
					t.Errorf("%s: errorf with a format that is not a literal", fset.Position(x.Pos()))
					return true
				}
				format, _ := strconv.Unquote(lit.Value)
				n++
				if !formatRegexp(format).MatchString(out) {
					t.Errorf("%s: no test file gives the message %q; add one to testdata/rules/errors and run go test ./facts -update", fset.Position(x.Pos()), format)
				}
			case *ast.FuncDecl:
				if x.Name.Name != "yamlHint" {
					return true
				}
				ast.Inspect(x.Body, func(node ast.Node) bool {
					if r, ok := node.(*ast.ReturnStmt); ok && len(r.Results) == 1 {
						if lit, ok := r.Results[0].(*ast.BasicLit); ok {
							hint, _ := strconv.Unquote(lit.Value)
							if hint == "" {
								return true
							}
							n++
							if !strings.Contains(out, hint) {
								t.Errorf("%s: no test file gives the YAML hint %q", fset.Position(r.Pos()), hint)
							}
						}
					}
					return true
				})
				return false
			}
			return true
		})
	}
	if n < 40 {
		t.Errorf("found only %d messages; is the parser finding errorf?", n)
	}
}

// TestEveryWarningCovered: every warning Check can give (the formats of
// warner.at in check.go) is shown by warnings.golden.
func TestEveryWarningCovered(t *testing.T) {
	data, err := os.ReadFile("testdata/rules/warnings.golden")
	if err != nil {
		t.Fatal(err)
	}
	out := string(data)
	fset := gotoken.NewFileSet()
	f, err := parser.ParseFile(fset, "check.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	ast.Inspect(f, func(node ast.Node) bool {
		call, ok := node.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "at" || len(call.Args) < 3 {
			return true
		}
		format, _ := literalPrefix(call.Args[2])
		if format == "" {
			t.Errorf("%s: a warning whose format the test cannot read", fset.Position(call.Pos()))
			return true
		}
		n++
		if !formatRegexp(format).MatchString(out) {
			t.Errorf("%s: no test file gives the warning %q; add a rule to testdata/rules/warnings and run go test ./facts -update", fset.Position(call.Pos()), format)
		}
		return true
	})
	if n < 10 {
		t.Errorf("found only %d warnings", n)
	}
}

// literalPrefix returns the string literals an expression starts with,
// joined: "a" + "b" + why gives "ab". done reports that nothing else follows.
func literalPrefix(e ast.Expr) (s string, done bool) {
	switch x := e.(type) {
	case *ast.BasicLit:
		v, err := strconv.Unquote(x.Value)
		return v, err == nil
	case *ast.BinaryExpr:
		if x.Op != gotoken.ADD {
			return "", false
		}
		left, ok := literalPrefix(x.X)
		if !ok {
			return left, false
		}
		right, ok := literalPrefix(x.Y)
		return left + right, ok
	}
	return "", false
}

// formatRegexp turns a format string into a pattern matching its output.
func formatRegexp(format string) *regexp.Regexp {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		if format[i] == '%' && i+1 < len(format) {
			i++
			if format[i] == '%' {
				b.WriteString("%")
				continue
			}
			b.WriteString(".*?")
			continue
		}
		b.WriteString(regexp.QuoteMeta(format[i : i+1]))
	}
	return regexp.MustCompile(b.String())
}

// TestCheckWarnings checks the files of testdata/rules/warnings with the
// default pack, as "factdiff rules check FILE" does.
func TestCheckWarnings(t *testing.T) {
	files, err := filepath.Glob("testdata/rules/warnings/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatal("no test rule files", err)
	}
	var b strings.Builder
	for _, f := range files {
		rf := ruleFile(t, f)
		p, err := LoadPack([]RuleFile{defaultFile(), rf})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		fmt.Fprintf(&b, "== %s\n", rf.Path)
		for _, w := range Check(p, []RuleFile{rf}) {
			b.WriteString(w.Error())
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	golden(t, "testdata/rules/warnings.golden", b.String())
}

// TestDefaultPackIsClean: the default pack has no warnings.
func TestDefaultPackIsClean(t *testing.T) {
	d := defaultFile()
	p, err := LoadPack([]RuleFile{d})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range Check(p, []RuleFile{d}) {
		t.Errorf("%v", w)
	}
}

func TestNullable(t *testing.T) {
	for _, c := range []struct {
		pattern string
		empty   bool
	}{
		{`(?P<value>\d*)`, true},
		{`\b(?P<value>\d*)\b`, true},
		{`(?:a|)`, true},
		{`x{0,3}`, true},
		{`^$`, true},
		{`(?P<value>\d+)`, false},
		{`a|b*`, true},
		{`rain (?P<value>\d*)`, false},
		{`[0-9]{1,3}`, false},
	} {
		re, err := parseRE(c.pattern)
		if err != nil {
			t.Fatal(err)
		}
		if got := nullable(re); got != c.empty {
			t.Errorf("nullable(%q) = %v, want %v", c.pattern, got, c.empty)
		}
	}
}

func parseRE(p string) (*syntax.Regexp, error) { return syntax.Parse(p, syntax.Perl) }
