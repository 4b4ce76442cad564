package facts

import (
	"regexp"
	"testing"
)

func TestRequiredLiteral(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    string // "" when none
		fold    bool
	}{
		{`(?:Russian|Kremlin|Moscow's) (?:special )?envoy,? (?P<name>\p{Lu}\p{L}+)`, "envoy", false},
		{`(?P<value>\d+) (?:of the \d+ )?seats`, "seats", false},
		{`(?i:special envoy) (?P<name>\p{Lu}\p{L}+)`, "special envoy", true},
		{`(?:special envoy|adviser) (?P<name>\p{Lu}\p{L}+)`, "", false},
		{`a|b`, "", false},
		{`(?i)élan \d+`, "", false},
		{`(?:km)? \d+ kph`, " kph", false},
	} {
		got, ok := requiredLiteral(tc.pattern)
		if !ok {
			got.text = ""
		}
		if got.text != tc.want || ok && got.fold != tc.fold {
			t.Errorf("requiredLiteral(%q) = %q fold %v, want %q fold %v", tc.pattern, got.text, got.fold, tc.want, tc.fold)
		}
	}
}

// FuzzRequiredLiteral checks that a sentence the pattern matches always
// contains the required literal.
func FuzzRequiredLiteral(f *testing.F) {
	f.Add(`(?i:Special) envoy (\w+)`, "the SPECIAL envoy Smith")
	f.Add(`x{2,3}yz+`, "axxyzz")
	f.Fuzz(func(t *testing.T, pattern, s string) {
		re, err := regexp.Compile(pattern)
		if err != nil || !re.MatchString(s) {
			return
		}
		if lit, ok := requiredLiteral(pattern); ok && !lit.in(s) {
			t.Errorf("%q matches %q, which lacks the required %q (fold %v)", pattern, s, lit.text, lit.fold)
		}
	})
}

// TestRequiredLiteralFolding checks the case folding that (?i) does
// beyond ASCII: the Kelvin sign matches k and the long s matches s, so a
// sentence with either must still be read.
func TestRequiredLiteralFolding(t *testing.T) {
	for _, tc := range []struct{ pattern, sentence string }{
		{`(?i)kyiv \d+`, "\u212Ayiv 5"},
		{`(?i:special envoy) \w+`, "\u017Fpecial envoy X"},
		{`(?i)TOLL \d+`, "the Toll 5"},
	} {
		if !regexp.MustCompile(tc.pattern).MatchString(tc.sentence) {
			t.Fatalf("%q does not match %q: the test is wrong", tc.pattern, tc.sentence)
		}
		lit, ok := requiredLiteral(tc.pattern)
		if !ok || !lit.in(tc.sentence) {
			t.Errorf("requiredLiteral(%q) = %q (ok %v): the gate would skip %q, which matches", tc.pattern, lit.text, ok, tc.sentence)
		}
	}
}
