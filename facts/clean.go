package facts

import (
	"bytes"
	"hash/maphash"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Dropped is a span of a source that is not part of the story, and why.
type Dropped struct {
	Line    int    `json:"line"`     // first line dropped
	EndLine int    `json:"end_line"` // last line dropped
	Reason  string `json:"reason"`   // "boilerplate", "after end marker", "repeat"
	Detail  string `json:"detail"`   // the marker, or the line repeated
	Text    string `json:"text"`     // the start of what was dropped
}

// The reasons a span is dropped.
const (
	DropBoilerplate = "boilerplate"
	DropAfterEnd    = "after end marker"
	DropRepeat      = "repeat"
)

// cleaned is a source's text prepared for matching: NFC, plain quotes,
// dashes and spaces, dropped lines blanked, with a map back to the original.
type cleaned struct {
	text  string
	orig  offsets // the original offset of each rune of text
	lines []int   // original byte offsets of line starts
	raw   []byte  // the original
	// The last position computed: positions come mostly in increasing
	// order, so a column is counted on from there, not from the line
	// start (which would be quadratic on one very long line).
	last Position
}

// offsets maps byte offsets of the cleaned text to the original: a list of
// runs, each run's bytes at the same distance from their originals. It
// holds a run per change that cleaning made, not an entry per byte, so a
// text that cleaning leaves alone costs one run.
//
// The map is exact at rune starts (every rune of the cleaned text maps to
// the start of the original rune, or normalisation segment, it came from)
// and at len(text), which maps to len(original).
type offsets []offsetRun

// offsetRun says that from cleaned offset at on, cleaned offset i is
// original offset orig+(i-at).
type offsetRun struct{ at, orig int }

// note records that cleaned offset at comes from original offset orig,
// starting a run only where the current one does not already say so.
func (o *offsets) note(at, orig int) {
	if n := len(*o); n > 0 {
		last := &(*o)[n-1]
		switch {
		case last.orig+(at-last.at) == orig:
			return
		case last.at == at:
			last.orig = orig
			return
		}
	}
	*o = append(*o, offsetRun{at, orig})
}

// of returns the original offset of cleaned offset i.
func (o offsets) of(i int) int {
	k := sort.Search(len(o), func(k int) bool { return o[k].at > i }) - 1
	return o[k].orig + (i - o[k].at)
}

// plainRune maps typographic variants to their plain forms for matching.
func plainRune(r rune) (rune, bool) {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC':
		return '\'', true
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
		return '"', true
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
		return '-', true
	case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\u3000', '\t':
		return ' ', true
	case '\u200B', '\u200C', '\u200D', '\uFEFF':
		return 0, true // zero-width: removed
	case '\u2026':
		return '.', true // an ellipsis character reads as a full stop for splitting
	}
	return r, false
}

// clean normalises raw text and keeps the map back to raw offsets.
func clean(raw []byte) *cleaned {
	c := &cleaned{raw: raw}
	c.lines = append(c.lines, 0)
	for i := 0; ; {
		k := bytes.IndexByte(raw[i:], '\n')
		if k < 0 {
			break
		}
		i += k + 1
		c.lines = append(c.lines, i)
	}
	var b strings.Builder
	b.Grow(len(raw))
	orig := offsets{{0, 0}}
	if norm.NFC.IsNormal(raw) {
		// Fast path: runs of raw that need no change are copied whole.
		kept := 0 // start of the run not yet copied
		for i := 0; i < len(raw); {
			r, n := rune(raw[i]), 1
			if r < utf8.RuneSelf && r != '\t' {
				i++ // the common case: plain ASCII, kept
				continue
			}
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRune(raw[i:])
			}
			p, changed := plainRune(r)
			if r == utf8.RuneError && n == 1 {
				p, changed = r, true // a byte that is not UTF-8 becomes U+FFFD
			}
			if !changed {
				i += n
				continue
			}
			orig.note(b.Len(), kept)
			b.Write(raw[kept:i])
			if p != 0 {
				orig.note(b.Len(), i)
				b.WriteRune(p)
			}
			i += n
			kept = i
		}
		orig.note(b.Len(), kept)
		b.Write(raw[kept:])
	} else {
		var it norm.Iter
		it.Init(norm.NFC, raw)
		for !it.Done() {
			at := it.Pos()
			for _, r := range string(it.Next()) {
				if p, changed := plainRune(r); changed {
					if p == 0 {
						continue
					}
					r = p
				}
				orig.note(b.Len(), at)
				b.WriteRune(r)
			}
		}
	}
	orig.note(b.Len(), len(raw))
	c.text, c.orig = b.String(), orig
	return c
}

// position returns the original position of a byte offset in the cleaned text.
func (c *cleaned) position(off int) Position {
	o := c.orig.of(off)
	line := sort.Search(len(c.lines), func(i int) bool { return c.lines[i] > o }) // first line start after o
	start := c.lines[line-1]
	p := Position{Offset: o, Line: line}
	switch {
	case c.last.Line == line && c.last.Offset <= o:
		p.Column = c.last.Column + utf8.RuneCount(c.raw[c.last.Offset:o])
	case c.last.Line == line && o-start > c.last.Offset-o:
		p.Column = c.last.Column - utf8.RuneCount(c.raw[o:c.last.Offset])
	default:
		p.Column = utf8.RuneCount(c.raw[start:o]) + 1
	}
	c.last = p
	return p
}

// lineSpan is one line of the cleaned text: [start, end) without the newline.
type lineSpan struct{ start, end int }

// appendLines appends the lines of text to out.
func appendLines(out []lineSpan, text string) []lineSpan {
	for start := 0; start < len(text); {
		k := strings.IndexByte(text[start:], '\n')
		if k < 0 {
			out = append(out, lineSpan{start, len(text)})
			break
		}
		end := start + k
		next := end + 1
		if end > start && text[end-1] == '\r' {
			end--
		}
		out = append(out, lineSpan{start, end})
		start = next
	}
	return out
}

// minRepeatWords is how long a line must be to count as a paragraph whose
// exact repeat is dropped; short lines (headings, bullets) may repeat.
const minRepeatWords = 8

// drop finds the lines that are not part of the story and blanks them,
// returning the text to split and what was dropped. The text is copied
// only when something is dropped.
func drop(c *cleaned, p *Pack) (string, []Dropped) {
	return dropLines(c, p, newLineIndex())
}

// lineIndex is the memory drop reuses from source to source: the lines of
// the text, and the long lines read so far by a hash of their words.
type lineIndex struct {
	lines  []lineSpan
	seed   maphash.Seed
	hash   func(words string) uint64
	seen   map[uint64]int32 // hash -> 1 + index in firsts of the last line with it
	firsts []firstLine
}

// firstLine is a line that a later one may repeat.
type firstLine struct {
	index, line int   // in lines, and in the original file
	prev        int32 // 1 + index in firsts of an earlier line with the same hash, or 0
}

func newLineIndex() *lineIndex {
	x := &lineIndex{seed: maphash.MakeSeed(), seen: map[uint64]int32{}}
	x.hash = func(words string) uint64 { return maphash.String(x.seed, words) }
	return x
}

// dropLines is drop with the memory of x: a line is a repeat only when its
// words are those of an earlier line with the same x.hash.
func dropLines(c *cleaned, p *Pack, x *lineIndex) (string, []Dropped) {
	clear(x.seen)
	x.firsts = x.firsts[:0]
	x.lines = appendLines(x.lines[:0], c.text)
	lines := x.lines
	var blanks [][2]int // the spans of lines [from, to] to blank
	var dropped []Dropped
	blank := func(from, to int, reason, detail string) {
		blanks = append(blanks, [2]int{from, to})
		first := lines[from]
		d := Dropped{
			Line:    c.position(first.start).Line,
			EndLine: c.position(lines[to].start).Line,
			Reason:  reason,
			Detail:  detail,
			Text:    excerpt(strings.TrimSpace(c.text[first.start:first.end]), 80),
		}
		dropped = append(dropped, d)
	}
	end := len(lines)
	for i, ln := range lines {
		t := strings.TrimSpace(c.text[ln.start:ln.end])
		if t == "" {
			continue
		}
		if m, ok := matchMarker(p.EndMarkers, t); ok {
			last := len(lines) - 1
			for last > i && strings.TrimSpace(c.text[lines[last].start:lines[last].end]) == "" {
				last--
			}
			blank(i, last, DropAfterEnd, m)
			end = i
			break
		}
	}
	var a, b []byte // reused to join a line's words, and to compare two lines
	for i := 0; i < end; i++ {
		ln := lines[i]
		t := strings.TrimSpace(c.text[ln.start:ln.end])
		if t == "" {
			continue
		}
		words, joined := lineWords(t)
		if words <= maxBoilerplateWords {
			if m, ok := matchMarker(p.Boilerplate, t); ok {
				blank(i, i, DropBoilerplate, m)
				continue
			}
		}
		if words < minRepeatWords {
			continue
		}
		key := t
		if !joined {
			a = joinWords(a[:0], t)
			key = string(a)
		}
		h := x.hash(key)
		repeat := false
		for k := x.seen[h]; k > 0; k = x.firsts[k-1].prev {
			f := x.firsts[k-1]
			a = joinWords(a[:0], t)
			b = joinWords(b[:0], c.text[lines[f.index].start:lines[f.index].end])
			if string(a) == string(b) {
				blank(i, i, DropRepeat, "repeats line "+strconv.Itoa(f.line))
				repeat = true
				break
			}
		}
		if !repeat {
			x.firsts = append(x.firsts, firstLine{i, c.position(ln.start).Line, x.seen[h]})
			x.seen[h] = int32(len(x.firsts))
		}
	}
	sort.SliceStable(dropped, func(i, j int) bool { return dropped[i].Line < dropped[j].Line })
	return mergeRepeats(dropped, blankLines(c.text, lines, blanks))
}

// blankLines returns text with the lines of each span [from, to] written
// as spaces, newlines kept, so that offsets do not move. It copies the
// text once, and only when there is something to blank.
func blankLines(text string, lines []lineSpan, blanks [][2]int) string {
	if len(blanks) == 0 {
		return text
	}
	slices.SortFunc(blanks, func(a, b [2]int) int { return a[0] - b[0] })
	var b strings.Builder
	b.Grow(len(text))
	at := 0
	for _, span := range blanks {
		for _, ln := range lines[span[0] : span[1]+1] {
			if ln.start < at {
				continue // a line already blanked
			}
			b.WriteString(text[at:ln.start])
			for range ln.end - ln.start {
				b.WriteByte(' ')
			}
			at = ln.end
		}
	}
	b.WriteString(text[at:])
	return b.String()
}

// maxBoilerplateWords is the longest line a boilerplate marker may drop:
// a longer line that starts like furniture is still the story.
const maxBoilerplateWords = 20

// spaceClass sorts bytes for counting words: 0 is part of a word, 1 is
// the ASCII space, and 2 is other ASCII white space or the lead byte of a
// rune that may be white space (U+0085, U+00A0, U+1680, U+2000-U+205F,
// U+3000). TestSpaceClass checks it.
const spaceClass = "" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x02\x02\x02\x02\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x02\x02\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"

// lineWords returns how many words the trimmed line t has, and whether it
// is already written as its words joined by single spaces.
func lineWords(t string) (words int, joined bool) {
	// Without branches on the common bytes: a word starts at a word byte
	// after a space, and two spaces in a row mean the line is not joined.
	prev, doubles := 1, 0 // prev is 1 after a space
	for i := 0; i < len(t); i++ {
		c := int(spaceClass[t[i]])
		if c == 2 {
			return lineWordsSlow(t)
		}
		words += prev &^ c
		doubles += prev & c
		prev = c
	}
	return words, doubles == 0
}

// lineWordsSlow is lineWords for a line with white space other than ASCII
// spaces.
func lineWordsSlow(t string) (words int, joined bool) {
	joined = true
	inWord := false
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		switch {
		case isSpace(r):
			if r != ' ' || !inWord {
				joined = false
			}
			inWord = false
		case !inWord:
			words, inWord = words+1, true
		}
		i += n
	}
	return words, joined
}

// joinWords appends the words of s to dst separated by single spaces, as
// strings.Join(strings.Fields(s), " ") would.
func joinWords(dst []byte, s string) []byte {
	inWord, first := false, true
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if isSpace(r) {
			inWord = false
		} else {
			if !inWord && !first {
				dst = append(dst, ' ')
			}
			inWord, first = true, false
			dst = append(dst, s[i:i+n]...)
		}
		i += n
	}
	return dst
}

// isSpace reports whether r separates words, as strings.Fields decides.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// mergeRepeats joins consecutive repeated lines into one dropped span.
func mergeRepeats(d []Dropped, text string) (string, []Dropped) {
	var out []Dropped
	for _, x := range d {
		if n := len(out); n > 0 && x.Reason == DropRepeat && out[n-1].Reason == DropRepeat && x.Line <= out[n-1].EndLine+2 {
			out[n-1].EndLine = x.EndLine
			if !strings.HasPrefix(out[n-1].Detail, "repeats lines from") {
				out[n-1].Detail = strings.Replace(out[n-1].Detail, "repeats line", "repeats lines from", 1)
			}
			continue
		}
		out = append(out, x)
	}
	return text, out
}

func matchMarker(ms []Marker, line string) (string, bool) {
	for _, m := range ms {
		if m.Match(line) {
			return m.Text, true
		}
	}
	return "", false
}

func excerpt(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
