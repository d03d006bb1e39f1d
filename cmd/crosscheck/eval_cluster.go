package main

import (
	"context"
	"errors"
)

// PLACEHOLDER: replaced by the real implementation.
func runEvalCluster(ctx context.Context, e *env, args []string) error {
	return errors.New("not implemented yet")
}
