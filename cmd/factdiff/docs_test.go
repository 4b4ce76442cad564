package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"factdiff"
	"factdiff/facts"
)

// docBlocks returns the fenced blocks of docs/rules.md with their language
// and the text before each.
func docBlocks(t *testing.T) (blocks []struct{ lang, body, before string }) {
	t.Helper()
	data, err := os.ReadFile("../../docs/rules.md")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile("(?s)```([a-z]*)\n(.*?)```")
	text := string(data)
	last := 0
	for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
		blocks = append(blocks, struct{ lang, body, before string }{text[m[2]:m[3]], text[m[4]:m[5]], text[last:m[0]]})
		last = m[1]
	}
	return blocks
}

// TestDocYAML loads every YAML example of docs/rules.md: whole files as
// they are, rules and vocabularies inside a minimal file. An example that
// no longer loads is a doc that misleads.
func TestDocYAML(t *testing.T) {
	n := 0
	for _, b := range docBlocks(t) {
		if b.lang != "yaml" {
			continue
		}
		body := b.body
		switch {
		case strings.HasPrefix(body, "version: 1"):
		case strings.HasPrefix(body, "  - id:"):
			body = "version: 1\nrules:\n" + body
		case strings.HasPrefix(body, "    "):
			continue // fields of a rule, shown on their own
		default:
			body = "version: 1\n" + body
		}
		n++
		_, err := facts.LoadPack([]facts.RuleFile{
			{Path: factdiff.DefaultRulesPath, Data: factdiff.DefaultRules(), Default: true},
			{Path: "doc.yaml", Data: []byte(body)},
		})
		if err != nil {
			t.Errorf("a YAML example of docs/rules.md does not load:\n%s\n%v", b.body, err)
		}
	}
	if n < 10 {
		t.Errorf("only %d YAML examples found in docs/rules.md", n)
	}
}

// TestDocTutorial follows the tutorial of docs/rules.md: the rule file of
// step 3 gives the test output the doc shows, and passes once the pattern
// of step 4 is added.
func TestDocTutorial(t *testing.T) {
	var rules, shown, fix string
	for _, b := range docBlocks(t) {
		switch {
		case rules == "" && b.lang == "yaml" && strings.Contains(b.before, "### Step 3"):
			rules = b.body
		case rules != "" && shown == "" && strings.Contains(b.body, "passed,"):
			shown = b.body
		case shown != "" && fix == "" && b.lang == "yaml" && strings.Contains(b.body, "pattern:"):
			fix = b.body
		}
	}
	if rules == "" || shown == "" || fix == "" {
		t.Fatalf("the tutorial's steps 3 and 4 are not where the test looks for them")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "storm.yaml")
	if err := os.WriteFile(path, []byte(rules), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCmd(t, "", "rules", "test", path)
	if code != 1 || strings.ReplaceAll(out, path, "storm.yaml") != shown {
		t.Errorf("step 4: exit %d, output\n%s%s\nthe doc shows\n%s", code, out, errOut, shown)
	}
	fixed := strings.Replace(rules, "    unit: km/h\n", "    unit: km/h\n"+fix, 1)
	if fixed == rules {
		t.Fatal("step 4: no place to add the pattern")
	}
	if err := os.WriteFile(path, []byte(fixed), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = runCmd(t, "", "rules", "test", path)
	if code != 0 || !strings.HasSuffix(out, "6 passed, 0 failed\n") {
		t.Errorf("step 4 with the pattern: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = runCmd(t, "", "rules", "check", path)
	if code != 0 || !strings.Contains(out, "0 warnings") {
		t.Errorf("rules check on the tutorial's file: exit %d\n%s%s", code, out, errOut)
	}
}
