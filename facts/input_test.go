package facts

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckText(t *testing.T) {
	cases := []struct {
		name string
		data string
		want string // substring of the error, or "" for none
	}{
		{"plain", "hello\nworld", ""},
		{"utf8", "Erdoğan met Öztürk", ""},
		{"binary", "PK\x03\x04\x00\x00", "binary file (NUL byte at offset 4)"},
		{"latin1", "line one\ncaf\xe9 au lait", "line 2, column 4: invalid UTF-8 (byte 0xe9)"},
	}
	for _, c := range cases {
		err := CheckText([]byte(c.data))
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: unexpected error %v", c.name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: error %v, want it to say %q", c.name, err, c.want)
		}
	}
}

func TestCollect(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b.txt", "a.md", "notes", "photo.jpg", "sub/c.text", ".hidden/d.txt"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("text"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	in, skipped, err := Collect([]string{dir, "-"})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, i := range in {
		names = append(names, strings.TrimPrefix(i.Name, dir+"/"))
	}
	if got, want := strings.Join(names, " "), "a.md b.txt notes sub/c.text -"; got != want {
		t.Errorf("inputs %q, want %q", got, want)
	}
	var sk []string
	for _, s := range skipped {
		sk = append(sk, strings.TrimPrefix(s.Path, dir+"/")+": "+s.Reason)
	}
	if got := strings.Join(sk, "; "); got != ".hidden: hidden directory; photo.jpg: not a text file (.txt, .md, .text or no extension)" {
		t.Errorf("skipped %q", got)
	}
	if _, _, err := Collect([]string{filepath.Join(dir, "missing.txt")}); err == nil || !strings.Contains(err.Error(), "missing.txt: no such file or directory") {
		t.Errorf("missing file: %v", err)
	}
	empty := t.TempDir()
	if _, _, err := Collect([]string{empty}); err == nil || !strings.Contains(err.Error(), "holds no text files") {
		t.Errorf("empty directory: %v", err)
	}
}
