// Package compare groups the facts that several sources state and decides,
// for each group, whether the sources agree, are compatible once hedges are
// read, spell a name in variants, conflict, or whether only one source
// states the fact.
package compare

import "fmt"

// Verdict is the judgement on one group of facts.
type Verdict string

// The verdicts, from most to least serious for an editor.
const (
	Conflict   Verdict = "conflict"
	Variant    Verdict = "variant"
	Compatible Verdict = "compatible"
	Agree      Verdict = "agree"
	Single     Verdict = "single source"
)

// Verdicts lists the verdicts in report order.
func Verdicts() []Verdict { return []Verdict{Conflict, Variant, Compatible, Agree, Single} }

// rank orders verdicts for reports: conflicts first.
func (v Verdict) rank() int {
	for i, x := range Verdicts() {
		if x == v {
			return i
		}
	}
	return len(Verdicts())
}

// FailOn is the verdict at or above which a run fails, or FailNever.
type FailOn struct {
	never bool
	at    Verdict
}

// Never returns the FailOn that never fails.
func Never() FailOn { return FailOn{never: true} }

// ParseFailOn reads a --fail-on value: a verdict name ("single" for single
// source) or "never". Severity runs conflict, variant, single, compatible.
func ParseFailOn(s string) (FailOn, error) {
	switch s {
	case "never", "none":
		return Never(), nil
	case "conflict":
		return FailOn{at: Conflict}, nil
	case "variant":
		return FailOn{at: Variant}, nil
	case "single", "single-source", "unconfirmed":
		return FailOn{at: Single}, nil
	case "compatible":
		return FailOn{at: Compatible}, nil
	}
	return FailOn{}, fmt.Errorf("unknown --fail-on %q: use conflict, variant, single, compatible or never", s)
}

// severity orders verdicts for --fail-on: a conflict is worse than a
// variant, which is worse than an unconfirmed fact, which is worse than a
// compatible one. Agreement never fails a run.
func (v Verdict) severity() int {
	switch v {
	case Conflict:
		return 4
	case Variant:
		return 3
	case Single:
		return 2
	case Compatible:
		return 1
	}
	return 0
}

// Fails reports whether a verdict reaches the threshold.
func (f FailOn) Fails(v Verdict) bool {
	return !f.never && v.severity() > 0 && v.severity() >= f.at.severity()
}

// String returns the flag value.
func (f FailOn) String() string {
	if f.never {
		return "never"
	}
	return string(f.at)
}
