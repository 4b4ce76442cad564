package facts

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// Input is one source to read: a file, or standard input when Path is "-".
type Input struct {
	Name string // the path as the user gave it (or as found under a directory)
	Path string
}

// Skipped is a file under a directory that is not read, and why.
type Skipped struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// textLike reports whether a file under a directory is read as an article.
func textLike(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".text", "":
		return !strings.HasPrefix(filepath.Base(name), ".")
	}
	return false
}

// Collect expands the arguments into inputs: files as given, directories
// recursed in sorted order keeping text-like files, "-" for standard input.
// Files skipped under directories are returned with the reason.
func Collect(args []string) ([]Input, []Skipped, error) {
	var in []Input
	var skipped []Skipped
	var errs []string
	given := map[string]bool{}
	for _, a := range args {
		if given[a] {
			if a == "-" {
				errs = append(errs, "-: standard input is given twice; it can be read once")
			} else {
				skipped = append(skipped, Skipped{Path: a, Reason: "given twice: read once"})
			}
			continue
		}
		given[a] = true
		if a == "-" {
			in = append(in, Input{Name: "-", Path: "-"})
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			errs = append(errs, describeOpenError(a, err))
			continue
		}
		if !st.IsDir() {
			in = append(in, Input{Name: a, Path: a})
			continue
		}
		var found []Input
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, describeOpenError(p, err))
				return nil
			}
			if d.IsDir() {
				if p != a && strings.HasPrefix(d.Name(), ".") {
					skipped = append(skipped, Skipped{Path: p, Reason: "hidden directory"})
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() {
				skipped = append(skipped, Skipped{Path: p, Reason: "not a regular file"})
				return nil
			}
			if !textLike(p) {
				skipped = append(skipped, Skipped{Path: p, Reason: "not a text file (.txt, .md, .text or no extension)"})
				return nil
			}
			found = append(found, Input{Name: p, Path: p})
			return nil
		})
		if err != nil {
			errs = append(errs, err.Error())
		}
		if len(found) == 0 {
			errs = append(errs, fmt.Sprintf("%s: the directory holds no text files (.txt, .md, .text or no extension)", a))
		}
		in = append(in, found...)
	}
	sort.SliceStable(skipped, func(i, j int) bool { return skipped[i].Path < skipped[j].Path })
	if len(errs) > 0 {
		return nil, nil, fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	if len(in) == 0 {
		return nil, nil, fmt.Errorf("no sources: name article files, directories, or - for standard input")
	}
	return in, skipped, nil
}

func describeOpenError(p string, err error) string {
	switch {
	case os.IsNotExist(err):
		return fmt.Sprintf("%s: no such file or directory", p)
	case os.IsPermission(err):
		return fmt.Sprintf("%s: permission denied", p)
	}
	return err.Error()
}

// Read reads an input and checks that it is text: UTF-8 with no NUL bytes.
func Read(in Input, stdin io.Reader) ([]byte, error) {
	var data []byte
	var err error
	if in.Path == "-" {
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(in.Path)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %s", in.Name, strings.TrimPrefix(err.Error(), "read "+in.Path+": "))
	}
	if err := CheckText(data); err != nil {
		return nil, fmt.Errorf("%s: %w", in.Name, err)
	}
	return data, nil
}

// CheckText reports why data is not an article: a binary file, or text
// that is not valid UTF-8 (with the line and column of the first bad byte).
func CheckText(data []byte) error {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("a binary file (NUL byte at offset %d), not an article", i)
	}
	if utf8.Valid(data) {
		return nil
	}
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return fmt.Errorf("line %d, column %d: invalid UTF-8 (byte 0x%02x); save the file as UTF-8", line, col, data[i])
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += n
	}
	return nil
}
