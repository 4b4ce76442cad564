package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
)

// jsonIndent is the indent of one nesting level of the JSON reports.
const jsonIndent = "  "

// jsonStream writes a JSON document one object field, or one element of
// an array field, at a time, so that the memory it takes does not grow
// with the document. Its output is byte for byte what a json.Encoder with
// SetIndent("", jsonIndent) and SetEscapeHTML(false) writes for the whole
// document: each value goes through such an encoder, with the prefix of
// the depth at which it sits.
//
// The first error stops the stream: later calls do nothing and finish
// returns it.
type jsonStream struct {
	w     *bufio.Writer
	enc   *json.Encoder // encodes one value into val
	val   bytes.Buffer
	out   []byte // val laid out
	depth int    // objects open
	empty bool   // the innermost open object has no field yet
	err   error
}

// newJSONStream returns a stream writing to w.
func newJSONStream(w io.Writer) *jsonStream {
	s := &jsonStream{w: bufio.NewWriterSize(w, 32<<10)}
	s.enc = json.NewEncoder(&s.val)
	s.enc.SetEscapeHTML(false)
	return s
}

// write writes b unless the stream has failed.
func (s *jsonStream) write(b []byte) {
	if s.err == nil {
		_, s.err = s.w.Write(b)
	}
}

// writeString writes str unless the stream has failed.
func (s *jsonStream) writeString(str string) {
	if s.err == nil {
		_, s.err = s.w.WriteString(str)
	}
}

// newline starts a line indented for depth.
func (s *jsonStream) newline(depth int) {
	s.writeString("\n")
	for range depth {
		s.writeString(jsonIndent)
	}
}

// encode writes v as it would be indented at depth. The encoder writes
// it compact, and indent lays it out: the same bytes as json.Indent, some
// times faster, since it need not check that the JSON is valid.
func (s *jsonStream) encode(v any, depth int) {
	if s.err != nil {
		return
	}
	s.val.Reset()
	if s.err = s.enc.Encode(v); s.err != nil {
		return
	}
	b := s.val.Bytes()
	s.out = indentJSON(s.out[:0], b[:len(b)-1], depth) // Encode ends the value with a newline
	s.write(s.out)
}

// indentJSON appends the compact, valid JSON value src to dst laid out as
// json.Indent(dst, src, prefix, jsonIndent) would with a prefix of depth
// indents: a line per element and field, empty objects and arrays kept
// as {} and [], a space after each colon.
func indentJSON(dst, src []byte, depth int) []byte {
	newline := func(depth int) {
		dst = append(dst, '\n')
		for range depth {
			dst = append(dst, jsonIndent...)
		}
	}
	inString := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		if inString {
			start := i
			for i < len(src) && src[i] != '"' && src[i] != '\\' {
				i++
			}
			dst = append(dst, src[start:i]...)
			if i == len(src) {
				break
			}
			c = src[i]
			dst = append(dst, c)
			if c == '\\' {
				i++
				dst = append(dst, src[i])
			} else {
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
			dst = append(dst, c)
		case '{', '[':
			dst = append(dst, c)
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				dst = append(dst, src[i+1])
				i++
				continue
			}
			depth++
			newline(depth)
		case '}', ']':
			depth--
			newline(depth)
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline(depth)
		case ':':
			dst = append(dst, c, ' ')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// openObject starts an object, the document itself or the value of the
// field key just named.
func (s *jsonStream) openObject() {
	s.writeString("{")
	s.depth++
	s.empty = true
}

// closeObject ends the innermost open object.
func (s *jsonStream) closeObject() {
	s.depth--
	if !s.empty {
		s.newline(s.depth)
	}
	s.writeString("}")
	s.empty = false
}

// key starts a field of the innermost open object. name must need no
// escaping in a JSON string.
func (s *jsonStream) key(name string) {
	if !s.empty {
		s.writeString(",")
	}
	s.empty = false
	s.newline(s.depth)
	s.writeString(`"`)
	s.writeString(name)
	s.writeString(`": `)
}

// field writes a field of the innermost open object, its value whole.
func (s *jsonStream) field(name string, v any) {
	s.key(name)
	s.encode(v, s.depth)
}

// finish ends the document with a newline, as json.Encoder does, and
// flushes it. It returns the first error of the stream.
func (s *jsonStream) finish() error {
	s.writeString("\n")
	if s.err == nil {
		s.err = s.w.Flush()
	}
	return s.err
}

// streamArray writes a field of the innermost open object of s whose value
// is the array a, one element at a time. A nil a is written null, as
// encoding/json writes a nil slice.
func streamArray[T any](s *jsonStream, name string, a []T) {
	s.key(name)
	switch {
	case a == nil:
		s.writeString("null")
		return
	case len(a) == 0:
		s.writeString("[]")
		return
	}
	s.writeString("[")
	for i := range a {
		if i > 0 {
			s.writeString(",")
		}
		s.newline(s.depth + 1)
		// A pointer, so that an element is encoded addressable, as it
		// is inside the whole document, without copying it.
		s.encode(&a[i], s.depth+1)
		if s.err != nil {
			return
		}
	}
	s.newline(s.depth)
	s.writeString("]")
}
