package facts

import (
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// ProjectFile is the rule file read from the working directory when present.
const ProjectFile = ".factdiff.yaml"

// RuleFiles reads the user's rule files: each path is a file, or a
// directory whose .yaml and .yml files are read in sorted order.
func RuleFiles(paths []string) ([]RuleFile, error) {
	var out []RuleFile
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("rules %s: %s", p, strings.TrimPrefix(describeOpenError(p, err), p+": "))
		}
		files := []string{p}
		if st.IsDir() {
			files = nil
			ents, err := os.ReadDir(p)
			if err != nil {
				return nil, fmt.Errorf("rules %s: %w", p, err)
			}
			for _, e := range ents {
				if ext := filepath.Ext(e.Name()); !e.IsDir() && (ext == ".yaml" || ext == ".yml") {
					files = append(files, filepath.Join(p, e.Name()))
				}
			}
			sort.Strings(files)
			if len(files) == 0 {
				return nil, fmt.Errorf("rules %s: the directory holds no .yaml or .yml files", p)
			}
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("rules %s: %w", f, err)
			}
			if err := CheckText(data); err != nil {
				return nil, fmt.Errorf("rules %s: %w", f, err)
			}
			out = append(out, RuleFile{Path: f, Data: data})
		}
	}
	return out, nil
}

// Extracted is what a set of sources yields, in the order of the sources.
type Extracted struct {
	Sources  []SourceInfo
	Skipped  []Skipped
	Facts    []Fact
	Mentions []Mention // only when the extractor finds mentions
}

// Progress is told about each source as it is done.
type Progress func(files, bytes, facts int)

// ExtractAll reads and extracts every input with jobs workers (0 means one
// per CPU). The result does not depend on jobs. The first unreadable input
// stops the run with an error naming it.
func ExtractAll(e *Extractor, inputs []Input, stdin io.Reader, jobs int, progress Progress) (*Extracted, error) {
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	results := make([]Result, len(inputs))
	sums := make([]uint64, len(inputs))
	seed := maphash.MakeSeed()
	errs := make([]error, len(inputs))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	files, bytes, nfacts := 0, 0, 0
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				data, err := Read(inputs[i], stdin)
				if err != nil {
					errs[i] = err
					continue
				}
				results[i] = e.Extract(inputs[i].Name, data)
				sums[i] = maphash.Bytes(seed, data)
				if progress != nil {
					mu.Lock()
					files, bytes, nfacts = files+1, bytes+len(data), nfacts+len(results[i].Facts)
					progress(files, bytes, nfacts)
					mu.Unlock()
				}
			}
		}()
	}
	for i := range inputs {
		next <- i
	}
	close(next)
	wg.Wait()
	var msgs []string
	for _, err := range errs {
		if err != nil {
			msgs = append(msgs, err.Error())
		}
	}
	if len(msgs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(msgs, "\n"))
	}
	out := &Extracted{}
	nf, nm := 0, 0
	for _, r := range results {
		nf, nm = nf+len(r.Facts), nm+len(r.Mentions)
	}
	out.Facts, out.Sources = make([]Fact, 0, nf), make([]SourceInfo, 0, len(results))
	if nm > 0 {
		out.Mentions = make([]Mention, 0, nm)
	}
	first := map[uint64]string{}
	for i, r := range results {
		results[i] = Result{} // let the source's own slices go as they are copied
		// A source that is another's copy would count as confirmation,
		// and one with no text left would pass silently: both are
		// listed as skipped instead.
		if prev, ok := first[sums[i]]; ok {
			out.Skipped = append(out.Skipped, Skipped{Path: r.Source.Name, Reason: "the same text as " + prev + ": counted once"})
			continue
		}
		first[sums[i]] = r.Source.Name
		if r.Source.Sentences == 0 {
			out.Skipped = append(out.Skipped, Skipped{Path: r.Source.Name, Reason: "no text left after clean-up"})
			continue
		}
		out.Sources = append(out.Sources, r.Source)
		out.Facts = append(out.Facts, r.Facts...)
		out.Mentions = append(out.Mentions, r.Mentions...)
	}
	return out, nil
}
