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
