package memqueue_test

import (
	"testing"

	"crosscheck"
	"crosscheck/internal/memqueue"
	"crosscheck/internal/queuetest"
)

func TestQueue(t *testing.T) {
	queuetest.Run(t, func(t *testing.T) crosscheck.Queue { return memqueue.New() })
}
