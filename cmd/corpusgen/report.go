package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
)

// reportFigures prints a bench run's figures and each target's verdict.
func reportFigures(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: corpusgen report results.jsonl")
	}
	f, err := os.Open(args[0])
	if err != nil {
		return err
	}
	defer f.Close()
	runs := map[string]result{}
	var order []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r result
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return fmt.Errorf("%s: %w", args[0], err)
		}
		prev, ok := runs[r.Label]
		if !ok {
			order = append(order, r.Label)
			runs[r.Label] = r
			continue
		}
		runs[r.Label] = merge(prev, r)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	factsOf := func(label string) int {
		what, corpus, _ := strings.Cut(label, "/")
		key := "facts/" + corpus
		if strings.Contains(what, "rules10x") {
			key = "facts/" + corpus + "-rules10x"
		}
		return runs[key].Facts
	}

	fmt.Println("| run | input MB | sources | wall s | CPU s | MB/s | s/MB | facts/s | peak RSS MB |")
	fmt.Println("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, l := range order {
		r := runs[l]
		if r.Wall == 0 {
			continue
		}
		ge := ""
		if r.TimedOut {
			ge = "≥"
		}
		fps := "-"
		if n := factsOf(l); n > 0 && !strings.HasPrefix(l, "rg") && !r.TimedOut {
			fps = fmt.Sprintf("%.0f", float64(n)/r.Wall)
		}
		mbps, spmb := "-", "-"
		if r.MB > 0 {
			mbps = fmt.Sprintf("%.1f", r.MBps)
			if r.TimedOut {
				mbps = "≤" + mbps
			}
			spmb = fmt.Sprintf("%s%.3f", ge, r.SecPerMB)
		}
		wall := fmt.Sprintf("%s%.2f", ge, r.Wall)
		if r.TimedOut {
			wall += " (timed out)"
		}
		fmt.Printf("| %s | %.1f | %d | %s | %.2f | %s | %s | %s | %.0f |\n", l, r.MB, r.Sources, wall, r.User+r.Sys, mbps, spmb, fps, r.MaxRSSMB)
	}
	var facts []string
	for _, l := range order {
		if strings.HasPrefix(l, "facts/") {
			facts = append(facts, fmt.Sprintf("%s %d", strings.TrimPrefix(l, "facts/"), runs[l].Facts))
		}
	}
	if len(facts) > 0 {
		fmt.Printf("\nFacts found: %s.\n", strings.Join(facts, ", "))
	}

	fmt.Println()
	fmt.Println("| # | target | figure | want | result |")
	fmt.Println("|---|---|---|---|---|")
	row := func(n, target, figure, want, res string) {
		fmt.Printf("| %s | %s | %s | %s | %s |\n", n, target, figure, want, res)
	}
	have := func(ls ...string) bool {
		for _, l := range ls {
			if r, ok := runs[l]; !ok || r.Wall == 0 {
				return false
			}
		}
		return true
	}
	// 1. Speed against ripgrep.
	for _, c := range []struct{ fd, rg, note string }{
		{"extract/c100", "rg/c100", "both on 2 cores"},
		{"extract-j1/c100", "rg-j1/c100", "both on 1 core"},
		{"extract/c10", "rg/c10", "both on 2 cores"},
	} {
		if !have(c.fd, c.rg) {
			continue
		}
		a, b := runs[c.fd], runs[c.rg]
		ratio := a.MBps / b.MBps
		row("1", "extraction ≥ 1/4 of rg --count-matches ("+c.note+")",
			fmt.Sprintf("%s %.1f MB/s ÷ %s %.1f MB/s = %.3f (1/%.0f)", c.fd, a.MBps, c.rg, b.MBps, ratio, 1/ratio),
			"≥ 0.25", verdict(ratio >= 0.25, fmt.Sprintf("missed: %.1f× too slow", 0.25/ratio)))
	}
	// 2. Ten times the rules.
	for _, c := range []string{"c100", "c10"} {
		a, b := "extract-rules10x/"+c, "extract/"+c
		if !have(a, b) {
			continue
		}
		ratio := runs[a].Wall / runs[b].Wall
		row("2", "10× the rules costs ≤ 1.5× the time ("+c+")",
			fmt.Sprintf("%.2fs ÷ %.2fs = %.2f×", runs[a].Wall, runs[b].Wall, ratio), "≤ 1.5×",
			verdict(ratio <= 1.5, fmt.Sprintf("missed by %.0f%%", (ratio/1.5-1)*100)))
	}
	// 3. Flat time per MB.
	for _, c := range []struct{ what, small, big string }{
		{"extract", "c10", "c100"}, {"compare", "c10", "c100"}, {"compare", "c1", "c10"},
		{"extract", "s1k", "s100k"}, {"compare", "s1k", "s100k"},
		{"compare", "s1k", "s10k"},
	} {
		a, b := c.what+"/"+c.small, c.what+"/"+c.big
		if !have(a, b) {
			continue
		}
		ra, rb := runs[a], runs[b]
		target := fmt.Sprintf("%s time per MB flat, %s → %s (%d → %d sources)", c.what, c.small, c.big, ra.Sources, rb.Sources)
		ratio := rb.SecPerMB / ra.SecPerMB
		switch {
		case ra.TimedOut:
			row("3", target, fmt.Sprintf("both killed at %.0f s", ra.Wall), "0.8–1.2×", "**not measured: too slow at both sizes**")
		case rb.TimedOut:
			flat := ra.SecPerMB * rb.MB // what the big run would take at the small run's rate
			fig := fmt.Sprintf("%.3f s/MB → killed at %.0f s (≥ %.3f s/MB); flat would take %.0f s", ra.SecPerMB, rb.Wall, rb.SecPerMB, flat)
			if ratio > 1.2 {
				row("3", target, fig, "0.8–1.2×", fmt.Sprintf("**missed: ≥ %.1f×**", ratio))
			} else {
				row("3", target, fig, "0.8–1.2×", "**not measured: killed before a flat rate would finish**")
			}
		default:
			miss := fmt.Sprintf("missed: %.2f×", ratio)
			if ratio < 0.8 {
				// Work per distinct name or value is shared by more
				// sources as a run grows.
				miss = fmt.Sprintf("outside the band on the cheap side: %.2f×", ratio)
			}
			row("3", target, fmt.Sprintf("%.3f → %.3f s/MB: %.2f×", ra.SecPerMB, rb.SecPerMB, ratio), "0.8–1.2×",
				verdict(ratio >= 0.8 && ratio <= 1.2, miss))
		}
	}
	// 4. Peak memory at 100 MB.
	for _, l := range []string{"extract/c100", "compare/c100", "extract/s100k", "compare/s100k"} {
		if !have(l) {
			continue
		}
		r := runs[l]
		note := ""
		if r.TimedOut {
			note = " (when killed)"
		}
		row("4", "peak memory < 300 MB ("+l+fmt.Sprintf(", %.0f MB in)", r.MB),
			fmt.Sprintf("%.0f MB%s", r.MaxRSSMB, note), "< 300 MB",
			verdict(r.MaxRSSMB < 300 && !r.TimedOut, fmt.Sprintf("missed by %.0f MB", r.MaxRSSMB-300)))
	}
	// 5. Two workers.
	for _, c := range []string{"c100", "c10"} {
		a, b := "extract-j1/"+c, "extract-j2/"+c
		if !have(a, b) {
			continue
		}
		ratio := runs[a].Wall / runs[b].Wall
		row("5", "2 workers ≥ 1.7× one ("+c+", extract)",
			fmt.Sprintf("%.2fs ÷ %.2fs = %.2f×", runs[a].Wall, runs[b].Wall, ratio), "≥ 1.7×",
			verdict(ratio >= 1.7, fmt.Sprintf("missed: %.2f×", ratio)))
		// What the machine gives two programs that share nothing: two
		// one-worker runs at once.
		if p := "pair-j1/" + c; have(p) {
			ceiling := 2 * runs[a].Wall / runs[p].Wall
			row("5", "ceiling: two one-worker runs at once ("+c+")",
				fmt.Sprintf("2 × %.2fs ÷ %.2fs = %.2f×; 2 workers reach %.0f%% of it", runs[a].Wall, runs[p].Wall, ceiling, 100*ratio/ceiling),
				"reference", "-")
		}
	}
	var checks []string
	for _, l := range order {
		if runs[l].OK != nil {
			checks = append(checks, l)
		}
	}
	sort.Strings(checks)
	for _, l := range checks {
		r := runs[l]
		n := "5"
		target := "output byte-identical for --jobs 1 and 2"
		if strings.HasPrefix(l, "answers/") {
			n, target = "✓", "planted answers right"
		}
		row(n, target+" ("+strings.SplitN(l, "/", 2)[1]+")", r.Detail, "yes", verdict(*r.OK, "WRONG"))
	}
	return nil
}

// merge combines two measurements of one label, taken in rounds that
// alternate the commands compared (see interleave in scripts/bench.sh):
// the fastest run counts, peak memory is the largest, and a timeout or a
// failure in either is kept.
func merge(a, b result) result {
	walls := append(slices.Clone(a.walls()), b.walls()...)
	rss := max(a.MaxRSSMB, b.MaxRSSMB)
	best := a
	switch {
	case a.TimedOut || a.Exit != 0:
	case b.TimedOut || b.Exit != 0 || b.Wall < a.Wall:
		best = b
	}
	best.Walls, best.MaxRSSMB = walls, rss
	return best
}

// walls returns every wall time a measurement holds.
func (r result) walls() []float64 {
	if len(r.Walls) > 0 {
		return r.Walls
	}
	return []float64{r.Wall}
}

func verdict(ok bool, miss string) string {
	if ok {
		return "met"
	}
	return "**" + miss + "**"
}
