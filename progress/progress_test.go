package progress

import (
	"strings"
	"sync"
	"testing"
	"time"
)

type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

func TestSilentOnShortRuns(t *testing.T) {
	var out strings.Builder
	c := &clock{t: time.Unix(0, 0)}
	b := newBar(&out, 3, c.now)
	b.Update(1, 1000, 2)
	b.Update(2, 2000, 4)
	b.Update(3, 3000, 6)
	b.Done()
	if out.Len() != 0 {
		t.Errorf("a run shorter than the delay printed %q", out.String())
	}
}

func TestDrawsThrottledAndErases(t *testing.T) {
	var out strings.Builder
	c := &clock{t: time.Unix(0, 0)}
	b := newBar(&out, 4000, c.now)
	c.advance(Delay)
	b.Update(1000, 2_500_000, 1234)
	first := out.String()
	want := "\r[######..................]  25%  1,000/4,000 files  2.5 MB  1,234 facts  5.0 MB/s"
	if first != want {
		t.Errorf("first draw\n got %q\nwant %q", first, want)
	}
	b.Update(1001, 2_500_100, 1235) // within Every: no redraw
	if out.String() != first {
		t.Errorf("redrew within %s", Every)
	}
	c.advance(Every / 2)
	b.Update(4000, 10_000_000, 5000) // the last file always draws
	if !strings.HasSuffix(out.String(), "[########################] 100%  4,000/4,000 files  10.0 MB  5,000 facts  18.2 MB/s") {
		t.Errorf("last draw: %q", out.String())
	}
	before := out.Len()
	b.Done()
	erase := out.String()[before:]
	if !strings.HasPrefix(erase, "\r") || !strings.HasSuffix(erase, "\r") || strings.TrimSpace(erase) != "" {
		t.Errorf("Done wrote %q, want the line blanked", erase)
	}
	b.Update(4000, 1, 1)
	if out.Len() != before+len(erase) {
		t.Error("an update after Done drew")
	}
}

func TestShorterLineIsPadded(t *testing.T) {
	var out strings.Builder
	c := &clock{t: time.Unix(0, 0)}
	b := newBar(&out, 10, c.now)
	c.advance(Delay)
	b.Update(1, 123_456_789, 99999)
	n1 := len(out.String())
	c.advance(time.Hour) // a slower rate: a shorter line
	b.Update(2, 123_456_789, 99999)
	second := out.String()[n1:]
	if len(second) != n1 {
		t.Errorf("second line is %d bytes, want %d (padded over the first)", len(second), n1)
	}
}

func TestConcurrentUpdates(t *testing.T) {
	var out strings.Builder
	b := New(&out, 1000)
	var wg sync.WaitGroup
	var mu sync.Mutex
	n := 0
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				mu.Lock()
				n++
				b.Update(n, n*100, n)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	b.Done()
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567", -4200: "-4,200"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
