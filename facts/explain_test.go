package facts

import (
	"strings"
	"testing"
)

func TestExplain(t *testing.T) {
	p := defaultPack(t)
	x, err := NewExtractor(p)
	if err != nil {
		t.Fatal(err)
	}
	text := "Shelling killed 14 people in 2019 and wounded 30.\n\n" +
		"The 5th Brigade lost 12 soldiers, the army said.\n\n" +
		"Nobody was hurt in the third round.\n\n" +
		"The crash killed 4 people, a typo says.\n"
	ex, err := x.Explain("deaths", "a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(ex.Sentences) != 4 {
		t.Fatalf("%d sentences, want 4", len(ex.Sentences))
	}
	s := ex.Sentences[0]
	if !s.Tried || len(s.Near) != 1 || s.Near[0] != "killed" {
		t.Errorf("sentence 1: tried %v, near %q", s.Tried, s.Near)
	}
	if len(s.Facts) != 1 || s.Facts[0].Text != "14" {
		t.Errorf("sentence 1 facts: %+v", s.Facts)
	}
	if !hasVeto(s, "2019", "a year") {
		t.Errorf("sentence 1: no veto of 2019 as a year: %+v", s.Vetoes)
	}
	if !hasStep(s, "rejected", `"30"`) {
		t.Errorf("sentence 1: 30 is not said to be rejected: %+v", s.Steps)
	}
	wantMarks := map[string]MarkKind{"killed": MarkKeyword, "14": MarkValue, "2019": MarkRejected, "30": MarkRejected}
	for _, m := range s.Marks {
		w := s.Text[m.Start:m.End]
		if k, ok := wantMarks[w]; !ok || k != m.Kind {
			t.Errorf("sentence 1: mark %q %s", w, m.Kind)
		}
		delete(wantMarks, w)
	}
	if len(wantMarks) > 0 {
		t.Errorf("sentence 1: marks missing: %v", wantMarks)
	}
	if ex.Sentences[1].Tried {
		t.Errorf("sentence 2 has no deaths keyword but was tried")
	}
	if ex.Sentences[2].Tried {
		t.Errorf("sentence 3 has no deaths keyword but was tried")
	}
	if len(ex.Facts) != 2 {
		t.Errorf("%d facts, want 2", len(ex.Facts))
	}

	// An exclude: word around a near: keyword removes that keyword.
	ex, err = x.Explain("role-agency-head", "c.txt", []byte("Gen. Jane Doe, the army chief of staff, spoke.\n"))
	if err != nil {
		t.Fatal(err)
	}
	s = ex.Sentences[0]
	if !s.Excluded || len(s.Exclude) != 1 || len(s.Facts) != 0 {
		t.Errorf("chief of staff: excluded %v, exclude %q, facts %d", s.Excluded, s.Exclude, len(s.Facts))
	}

	// A pattern that does not match, and an ordinal the parser skips.
	ex, err = x.Explain("troop-cap", "b.txt", []byte("The 5th Brigade of Ukraine's army lost 12 soldiers.\n"))
	if err != nil {
		t.Fatal(err)
	}
	s = ex.Sentences[0]
	if !hasVeto(s, "5th", "an ordinal") || !hasStep(s, "rejected", `"12"`) || !hasStep(s, "no value", "") {
		t.Errorf("troop-cap: vetoes %+v steps %+v", s.Vetoes, s.Steps)
	}
	ex, err = x.Explain("russian-envoy", "c.txt", []byte("The Russian delegation met the envoy in Kyiv.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if s = ex.Sentences[0]; !s.Tried || !s.NoMatch {
		t.Errorf("russian-envoy: tried %v, no match %v, steps %+v", s.Tried, s.NoMatch, s.Steps)
	}
	// A story rule is quiet on a source that does not mention its story.
	ex, err = x.Explain("troop-cap", "e.txt", []byte("The plan would cut the army from 880,000 to 600,000.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if s = ex.Sentences[0]; !hasStep(s, "other story", "ukraine-peace-plan-2025") || len(ex.Facts) != 0 {
		t.Errorf("troop-cap off its story: steps %+v, %d facts", s.Steps, len(ex.Facts))
	}
	if _, err := x.Explain("nope", "d.txt", nil); err == nil {
		t.Error("an unknown rule is not an error")
	}
}

func hasVeto(s SentenceExplanation, text, reason string) bool {
	for _, v := range s.Vetoes {
		if v.Text == text && strings.HasPrefix(v.Reason, reason) {
			return true
		}
	}
	return false
}

func hasStep(s SentenceExplanation, step, detail string) bool {
	for _, st := range s.Steps {
		if st.Step == step && strings.Contains(st.Detail, detail) {
			return true
		}
	}
	return false
}
