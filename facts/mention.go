package facts

// Mention is a person named in a source, found without any rule: the names
// pass reads every sentence for capitalised name spans.
type Mention struct {
	Source   string   `json:"source"`
	Name     string   `json:"name"` // as written, possessive removed
	Role     string   `json:"role,omitempty"`
	Pos      Position `json:"position"`
	Sentence string   `json:"sentence"`
}

// MentionSpan is a name found in a sentence: byte offsets into the sentence
// text and the role the text gives, if any.
type MentionSpan struct {
	Start, End int
	Role       string
}

// MentionFinder finds the people named in one sentence (cleaned text:
// plain quotes and dashes). It must be safe for concurrent use.
type MentionFinder func(sentence string) []MentionSpan

// WithMentions makes the extractor also report every person mention that
// find returns, in Result.Mentions.
func (e *Extractor) WithMentions(find MentionFinder) *Extractor {
	c := *e
	c.mentions = find
	return &c
}

func (e *Extractor) findMentions(out []Mention, source string, s *sent) []Mention {
	if e.mentions == nil {
		return out
	}
	for _, m := range e.mentions(s.text) {
		if m.Start < 0 || m.End > len(s.text) || m.Start >= m.End {
			continue
		}
		out = append(out, Mention{
			Source:   source,
			Name:     s.text[m.Start:m.End],
			Role:     m.Role,
			Pos:      s.c.position(s.start + m.Start),
			Sentence: s.evidence(),
		})
	}
	return out
}
