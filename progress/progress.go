// Package progress draws a one-line progress bar for long runs: files, MB
// and facts so far. It is meant for standard error when that is a terminal;
// the caller decides that.
//
// The bar stays silent for the first half second, so short runs print
// nothing, then redraws at most ten times a second, and always once for
// the last file. Done erases it, leaving the terminal as it was.
package progress

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// Bar is a progress bar over a known number of files. Its methods are
// safe for concurrent use.
type Bar struct {
	w     io.Writer
	total int
	start time.Time
	now   func() time.Time

	mu     sync.Mutex
	next   time.Time // no redraw before this
	drawn  bool
	width  int // length of the last line drawn
	closed bool
}

// Delay is how long a run goes before the bar first appears; Every is the
// shortest time between two redraws.
const (
	Delay = 500 * time.Millisecond
	Every = 100 * time.Millisecond
)

// New returns a bar for total files that draws on w.
func New(w io.Writer, total int) *Bar {
	return newBar(w, total, time.Now)
}

func newBar(w io.Writer, total int, now func() time.Time) *Bar {
	t := now()
	return &Bar{w: w, total: total, start: t, now: now, next: t.Add(Delay)}
}

// Update records the files, bytes and facts done so far. Its signature is
// facts.Progress.
func (b *Bar) Update(files, bytes, facts int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return
	}
	t := b.now()
	last := files >= b.total
	if t.Before(b.next) && !(last && b.drawn) {
		return
	}
	b.next = t.Add(Every)
	line := b.line(files, bytes, facts, t.Sub(b.start))
	pad := ""
	if n := b.width - len(line); n > 0 {
		pad = strings.Repeat(" ", n)
	}
	fmt.Fprint(b.w, "\r"+line+pad)
	b.width = len(line)
	b.drawn = true
}

// Done erases the bar if it was drawn. Later updates are ignored.
func (b *Bar) Done() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.drawn && !b.closed {
		fmt.Fprint(b.w, "\r"+strings.Repeat(" ", b.width)+"\r")
	}
	b.closed = true
}

const barCells = 24

// line is the bar's text: [#######.....] 41%  1,234/3,000 files  12.3 MB  45,678 facts  8.1 MB/s
func (b *Bar) line(files, bytes, facts int, elapsed time.Duration) string {
	frac := 1.0
	if b.total > 0 {
		frac = float64(files) / float64(b.total)
	}
	if frac > 1 {
		frac = 1
	}
	full := int(frac * barCells)
	mb := float64(bytes) / 1e6
	rate := ""
	if s := elapsed.Seconds(); s > 0 {
		rate = fmt.Sprintf("  %.1f MB/s", mb/s)
	}
	return fmt.Sprintf("[%s%s] %3d%%  %s/%s files  %.1f MB  %s facts%s",
		strings.Repeat("#", full), strings.Repeat(".", barCells-full), int(frac*100),
		thousands(files), thousands(b.total), mb, thousands(facts), rate)
}

// thousands writes n with comma separators.
func thousands(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}
