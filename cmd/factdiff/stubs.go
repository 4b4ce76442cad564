package main

import "errors"

func runRules(args []string, e env) int   { return fail(e, errors.New("rules: not built yet")) }
func runExplain(args []string, e env) int { return fail(e, errors.New("explain: not built yet")) }
