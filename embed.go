// Package factdiff holds the default rule pack, embedded in the binary.
package factdiff

import _ "embed"

// defaultRules is rules.yaml at the repository root.
//
//go:embed rules.yaml
var defaultRules []byte

// DefaultRules returns the text of the default rule pack.
func DefaultRules() []byte { return append([]byte(nil), defaultRules...) }

// DefaultRulesPath is the name the default pack is reported under.
const DefaultRulesPath = "rules.yaml (default pack)"
