package keywords

import (
	"fmt"
	"math"
)

// dfa is an Aho-Corasick automaton compiled to a table: the transition of
// every state on every byte class is worked out in advance, failure links
// included, so the scan reads one table entry per byte of text and never
// backtracks. Bytes that no pattern holds share class 0.
//
// It replaced github.com/BobuSumisu/aho-corasick, which the measurements
// in bench_test.go had chosen over the other Go library: the library
// follows failure links as it scans, and on the benchmark corpus the table
// scans 1.4–2.1 times as fast (BenchmarkLibraries: 235, 167 and 149 MB/s
// against 109, 111 and 110 for 30, 300 and 3,000 keywords), for more
// memory (states × classes × 4 bytes: about 0.3 MB for the default pack,
// 6 MB for 3,000 keywords). TestDFA and FuzzDFA check it against the
// library.
type dfa struct {
	class  [256]int32 // byte -> class
	nclass int32
	// next[state*nclass+class] is the next state times nclass (the start
	// of its row), bitwise inverted (negative) when patterns end there.
	next []int32
	// out[outFrom[s]:outFrom[s+1]] are the patterns that end when the
	// scan reaches state s: its own and those of its failure chain.
	outFrom []int32
	out     []int32
}

// newDFA compiles patterns, given as the bytes to match: distinct and not
// empty, as New makes them. It fails when the table would not fit int32
// offsets (billions of entries: far beyond any rule pack).
func newDFA(patterns []string) (*dfa, error) {
	d := &dfa{}
	d.nclass = 1
	for _, p := range patterns {
		for i := 0; i < len(p); i++ {
			if b := p[i]; d.class[b] == 0 {
				d.class[b] = d.nclass
				d.nclass++
			}
		}
	}
	nc := int(d.nclass)
	// The trie: next holds -1 where a state has no child yet.
	own := []int32{-1} // the pattern a state ends, or -1
	d.next = make([]int32, nc)
	for i := range d.next {
		d.next[i] = -1
	}
	for pi, p := range patterns {
		s := int32(0)
		for i := 0; i < len(p); i++ {
			c := d.class[p[i]]
			t := d.next[int(s)*nc+int(c)]
			if t < 0 {
				t = int32(len(own))
				own = append(own, -1)
				for range nc {
					d.next = append(d.next, -1)
				}
				d.next[int(s)*nc+int(c)] = t
			}
			s = t
		}
		own[s] = int32(pi)
	}
	// Breadth first: a state's failure state is shallower, so its row is
	// complete when the state's row is filled in.
	states := len(own)
	fail := make([]int32, states)
	outs := make([][]int32, states)
	queue := make([]int32, 0, states)
	for c := range nc {
		t := d.next[c]
		if t < 0 {
			d.next[c] = 0
			continue
		}
		fail[t] = 0
		queue = append(queue, t)
	}
	if own[0] >= 0 {
		outs[0] = []int32{own[0]}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		f := fail[s]
		if own[s] >= 0 {
			outs[s] = append(outs[s], own[s])
		}
		outs[s] = append(outs[s], outs[f]...)
		row, frow := d.next[int(s)*nc:int(s+1)*nc], d.next[int(f)*nc:int(f+1)*nc]
		for c := range nc {
			if t := row[c]; t >= 0 {
				fail[t] = frow[c]
				queue = append(queue, t)
			} else {
				row[c] = frow[c]
			}
		}
	}
	total := 0
	for _, o := range outs {
		total += len(o)
	}
	if int64(states)*int64(nc) > math.MaxInt32 || total > math.MaxInt32 {
		return nil, fmt.Errorf("keywords: %d patterns make an automaton of %d states by %d byte classes, too large", len(patterns), states, nc)
	}
	d.outFrom = make([]int32, states+1)
	d.out = make([]int32, 0, total)
	for s := range states {
		d.out = append(d.out, outs[s]...)
		d.outFrom[s+1] = int32(len(d.out))
	}
	for i, t := range d.next {
		d.next[i] = t * d.nclass
		if len(outs[t]) > 0 {
			d.next[i] = ^d.next[i]
		}
	}
	return d, nil
}

// walk calls found with the end offset and the pattern of every occurrence
// of every pattern in text, overlapping ones included, in order of end.
func (d *dfa) walk(text []byte, found func(end int, pattern int32)) {
	row := int32(0) // the current state's row in next
	for i, b := range text {
		row = d.next[row+d.class[b]]
		if row < 0 { // patterns end here: rare
			row = ^row
			s := row / d.nclass
			for _, p := range d.out[d.outFrom[s]:d.outFrom[s+1]] {
				found(i+1, p)
			}
		}
	}
}
