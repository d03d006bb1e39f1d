package nats_test

import (
	"context"
	"fmt"
	"os"
	"sync/atomic"
	"testing"
	"time"

	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"crosscheck"
	"crosscheck/internal/queuetest"
	"crosscheck/nats"
)

// url is the test server: CROSSCHECK_NATS_URL, or the local server CI runs.
func url() string {
	if u := os.Getenv("CROSSCHECK_NATS_URL"); u != "" {
		return u
	}
	return "nats://127.0.0.1:4222"
}

var streams atomic.Int64

// open returns a queue on streams of its own, deleted when t ends; it
// skips t when no server answers.
func open(t *testing.T, opts nats.Options) *nats.Queue {
	t.Helper()
	nc, err := natsgo.Connect(url(), natsgo.Timeout(2*time.Second))
	if err != nil {
		t.Skipf("no NATS server at %s (set CROSSCHECK_NATS_URL): %v", url(), err)
	}
	n := streams.Add(1)
	opts.Stream = fmt.Sprintf("CCTEST_%d_%d", os.Getpid(), n)
	opts.Prefix = fmt.Sprintf("cctest%d_%d", os.Getpid(), n)
	if opts.AckWait == 0 {
		opts.AckWait = 3 * time.Second
	}
	q, err := nats.Open(context.Background(), url(), opts)
	if err != nil {
		nc.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		defer nc.Close()
		js, err := jetstream.New(nc)
		if err != nil {
			t.Error(err)
			return
		}
		for _, s := range []string{opts.Stream, opts.Stream + "_DEAD"} {
			if err := js.DeleteStream(context.Background(), s); err != nil {
				t.Errorf("delete stream %s: %v", s, err)
			}
		}
	})
	return q
}

func TestQueue(t *testing.T) {
	queuetest.Run(t, func(t *testing.T) crosscheck.Queue { return open(t, nats.Options{}) })
}

func TestTooLarge(t *testing.T) {
	q := open(t, nats.Options{})
	defer q.Close()
	err := q.Publish(context.Background(), "big", make([]byte, 64<<20), "big")
	if crosscheck.ErrorKind(err) != crosscheck.TooLarge {
		t.Fatalf("publish 64 MiB: got %v, want TooLarge", err)
	}
}
