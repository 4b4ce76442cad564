package quantity

import (
	"unicode"
	"unicode/utf8"
)

// This file holds the byte-level helpers the scanner is built on. Every
// helper takes offsets that may be out of range and answers safely.

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isASCIILetter(c byte) bool {
	c |= 0x20
	return 'a' <= c && c <= 'z'
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }

// lower folds an ASCII upper-case letter to lower case and leaves any
// other byte alone, so that offsets never move.
func lower(c byte) byte {
	if isUpper(c) {
		return c + ('a' - 'A')
	}
	return c
}

// isWordByte reports whether c can be part of a word: an ASCII letter or
// digit, or any byte of a multi-byte rune.
func isWordByte(c byte) bool { return isDigit(c) || isASCIILetter(c) || c >= utf8.RuneSelf }

// letterAt returns the size in bytes of the letter that starts at s[i], or
// 0 when no letter starts there.
func letterAt(s string, i int) int {
	if i < 0 || i >= len(s) {
		return 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		if isASCIILetter(c) {
			return 1
		}
		return 0
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if unicode.IsLetter(r) {
		return size
	}
	return 0
}

// letterBefore returns the size in bytes of the letter that ends just
// before s[i], or 0 when no letter ends there.
func letterBefore(s string, i int) int {
	if i <= 0 || i > len(s) {
		return 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		if isASCIILetter(c) {
			return 1
		}
		return 0
	}
	r, size := utf8.DecodeLastRuneInString(s[:i])
	if unicode.IsLetter(r) {
		return size
	}
	return 0
}

// alnumBefore reports whether a letter or a digit ends just before s[i].
func alnumBefore(s string, i int) bool {
	return i > 0 && i <= len(s) && (isDigit(s[i-1]) || letterBefore(s, i) > 0)
}

// alnumAt reports whether a letter or a digit starts at s[i].
func alnumAt(s string, i int) bool {
	return i >= 0 && i < len(s) && (isDigit(s[i]) || letterAt(s, i) > 0)
}

// wordEnd returns the end of the run of letters that starts at s[i].
func wordEnd(s string, i int) int {
	for {
		for i >= 0 && i < len(s) && isASCIILetter(s[i]) {
			i++
		}
		n := letterAt(s, i)
		if n == 0 {
			return i
		}
		i += n
	}
}

// wordStart returns the start of the run of letters that ends at s[i].
func wordStart(s string, i int) int {
	for {
		n := letterBefore(s, i)
		if n == 0 {
			return i
		}
		i -= n
	}
}

// prevWord returns the bounds of the word that ends before s[i] with one or
// more spaces between them. ok is false when there is no such word.
func prevWord(s string, i int) (ws, we int, ok bool) {
	if i < 0 || i > len(s) {
		return 0, 0, false
	}
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == i {
		return 0, 0, false
	}
	ws = wordStart(s, j)
	return ws, j, ws < j
}

// prevWordDot is prevWord that also accepts a full stop after the word, as
// in "Nov. 21" and "No. 10". dot reports whether there was one.
func prevWordDot(s string, i int) (ws, we int, dot, ok bool) {
	if i < 0 || i > len(s) {
		return 0, 0, false, false
	}
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == i {
		return 0, 0, false, false
	}
	if j > 0 && s[j-1] == '.' {
		j--
		dot = true
	}
	ws = wordStart(s, j)
	return ws, j, dot, ws < j
}

// nextWord returns the bounds of the word that starts after s[i] with
// exactly one space between them. ok is false when there is no such word.
func nextWord(s string, i int) (ws, we int, ok bool) {
	if i < 0 || i+1 >= len(s) || s[i] != ' ' {
		return 0, 0, false
	}
	we = wordEnd(s, i+1)
	return i + 1, we, we > i+1
}

// equalFold reports whether s equals w, ignoring the case of ASCII letters
// in s. w must be lower case.
func equalFold(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lower(s[i]) != w[i] {
			return false
		}
	}
	return true
}

// hasPrefixFold reports whether s[i:] starts with the lower-case w,
// ignoring the case of ASCII letters.
func hasPrefixFold(s string, i int, w string) bool {
	return i >= 0 && i <= len(s) && len(s)-i >= len(w) && equalFold(s[i:i+len(w)], w)
}

// phraseAfter reports whether the lower-case phrase w follows s[i] after
// exactly one space (or directly when glued is set), ending at a word
// boundary. It returns the end of the phrase.
func phraseAfter(s string, i int, w string, glued bool) (int, bool) {
	if !glued {
		if i < 0 || i >= len(s) || s[i] != ' ' {
			return 0, false
		}
		i++
	}
	if !hasPrefixFold(s, i, w) {
		return 0, false
	}
	end := i + len(w)
	if len(w) > 0 && isWordByte(w[len(w)-1]) && alnumAt(s, end) {
		return 0, false
	}
	return end, true
}

// gapIs reports whether s[i:j] is the lower-case word w with one or more
// spaces on each side, ignoring case: " to ", " and ".
func gapIs(s string, i, j int, w string) bool {
	if i < 0 || j > len(s) || j-i < len(w)+2 {
		return false
	}
	a, b := i, j
	for a < b && s[a] == ' ' {
		a++
	}
	for b > a && s[b-1] == ' ' {
		b--
	}
	return a > i && b < j && equalFold(s[a:b], w)
}
