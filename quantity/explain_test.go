package quantity

import (
	"fmt"
	"strings"
	"testing"
)

func TestVetoes(t *testing.T) {
	p := NewParser(Vocabulary{
		Hedges:     []Hedge{{Phrase: "about", Qualifier: Approx, Width: 0.1}},
		Currencies: []Currency{{Code: "USD", Symbols: []string{"$"}, Words: []string{"dollars"}}},
	})
	tests := []struct {
		in   string
		want string // "text: reason" joined by " | "
	}{
		{"He died in 2019 after a long illness.", `2019: a year`},
		{"the third round of talks", `third: an ordinal`},
		{"around a fifth of them", `a fifth: a fraction`},
		{"the 5th Brigade moved", `5th: an ordinal`},
		{"shortly before 6 a.m. on Tuesday", `6: a clock time`},
		{"at 10:30 local time", `10:30: a clock time or a date`},
		{"a Category 2 system on Highway 17", `2: a designation | 17: a designation`},
		{"on Oct 14 the storm hit", `14: a day of the month`},
		{"on 21 November", `21: a day of the month`},
		{"the G7 leaders", `7: part of a name or code`},
		{"an F-35 jet", `35: part of a code`},
		{"by mid-2025", `2025: part of a code`},
		{"it cost 3m", `3m: a number with "m", "b" or "k" but no currency`},
		{"in the 1990s", `1990s: a decade`},
		{"code 0900", `0900: a code`},
		{"release 1.2.3", `1.2.3: a version number`},
		{"the 2022-23 season", `2022-23: a year`},
		{"one of the deadliest storms", `one of: "one" in a phrase`},
		{"no one was hurt", `one: "one" as a pronoun`},
		{"two thirds of the voters", `two thirds: a fraction`},
		{"the twenty-first summit", `twenty-first: an ordinal or a fraction`},
		{"from 9 to 11 a.m.", `9: paired with a clock time or a day | 11: a clock time`},
		// Quantities are not vetoes.
		{"about 300 people and $60m and 19%", ``},
		{"twenty-eight people", ``},
	}
	for _, tt := range tests {
		var got []string
		for _, v := range p.Vetoes(tt.in) {
			if tt.in[v.Start:v.End] != v.Text {
				t.Errorf("%q: veto %q has the span %d:%d", tt.in, v.Text, v.Start, v.End)
			}
			got = append(got, fmt.Sprintf("%s: %s", v.Text, v.Reason))
		}
		want := []string{}
		if tt.want != "" {
			want = strings.Split(tt.want, " | ")
		}
		ok := len(got) == len(want)
		for i := 0; ok && i < len(got); i++ {
			ok = strings.HasPrefix(got[i], want[i])
		}
		if !ok {
			t.Errorf("Vetoes(%q)\n got %q\nwant %q (as prefixes)", tt.in, got, want)
		}
	}
}

func FuzzVetoes(f *testing.F) {
	f.Add("He died in 2019, the third of 5th and 10:30 twenty-first one of two thirds.")
	p := NewParser(Vocabulary{})
	f.Fuzz(func(t *testing.T, s string) {
		last := -1
		for _, v := range p.Vetoes(s) {
			if v.Start < 0 || v.End > len(s) || v.Start > v.End || s[v.Start:v.End] != v.Text || v.Reason == "" {
				t.Fatalf("bad veto %+v in %q", v, s)
			}
			if v.Start < last {
				t.Fatalf("vetoes out of order in %q", s)
			}
			last = v.Start
		}
	})
}
