package main

import (
	"context"
	"errors"
)

// PLACEHOLDER: replaced by the real implementation.
func runBench(ctx context.Context, e *env, args []string) error {
	return errors.New("not implemented yet")
}
