package nats_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
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

// TestDeadLetterAfterCrashes hands a message to consumers that stop before
// they answer, as a worker that crashes does: after MaxAttempts deliveries
// it goes to the dead letters without another run of its handler.
func TestDeadLetterAfterCrashes(t *testing.T) {
	q := open(t, nats.Options{AckWait: time.Second})
	defer q.Close()
	ctx := context.Background()
	if err := q.Publish(ctx, "crash", []byte("poison"), "p1"); err != nil {
		t.Fatal(err)
	}
	var runs atomic.Int32
	for i := 0; i < crosscheck.MaxAttempts; i++ {
		cctx, cancel := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() {
			done <- q.Consume(cctx, "crash", func(hctx context.Context, m crosscheck.Message) error {
				runs.Add(1)
				cancel()
				<-hctx.Done()
				return hctx.Err()
			})
		}()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("delivery %d never came", i+1)
		}
		cancel()
	}
	dead := make(chan crosscheck.Message, 1)
	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go q.Consume(cctx, crosscheck.DeadLetter("crash"), func(_ context.Context, m crosscheck.Message) error {
		dead <- m
		return nil
	})
	go q.Consume(cctx, "crash", func(context.Context, crosscheck.Message) error {
		runs.Add(1)
		return nil
	})
	select {
	case m := <-dead:
		if string(m.Data) != "poison" || !strings.Contains(m.Error, "no worker finished it") {
			t.Fatalf("dead letter: got %+v", m)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("no dead letter")
	}
	if n := runs.Load(); n != crosscheck.MaxAttempts {
		t.Fatalf("handler ran %d times, want %d", n, crosscheck.MaxAttempts)
	}
}

// TestConsumeBatch hands waiting messages to one handler at once and
// settles each by its own error: the good ones are acknowledged once, the
// one that fails for a while is delivered again alone, and the one that
// fails for good goes to the dead letters.
func TestConsumeBatch(t *testing.T) {
	q := open(t, nats.Options{})
	defer q.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for _, d := range []string{"a", "b", "flaky", "bad", "c"} {
		if err := q.Publish(ctx, "batch", []byte(d), "id-"+d); err != nil {
			t.Fatal(err)
		}
	}
	var mu sync.Mutex
	runs := map[string]int{}
	var sizes []int
	done := make(chan error, 1)
	go func() {
		done <- q.ConsumeBatch(ctx, "batch", 10, func(_ context.Context, ms []crosscheck.Message) []error {
			mu.Lock()
			defer mu.Unlock()
			sizes = append(sizes, len(ms))
			errs := make([]error, len(ms))
			for i, m := range ms {
				d := string(m.Data)
				runs[d]++
				switch {
				case d == "bad":
					errs[i] = crosscheck.Errorf(crosscheck.Invalid, "test", d, "never")
				case d == "flaky" && m.Attempt == 1:
					errs[i] = crosscheck.Errorf(crosscheck.Transient, "test", d, "not yet")
				}
			}
			return errs
		})
	}()
	dead := make(chan crosscheck.Message, 1)
	go q.Consume(ctx, crosscheck.DeadLetter("batch"), func(_ context.Context, m crosscheck.Message) error {
		dead <- m
		return nil
	})
	select {
	case m := <-dead:
		if string(m.Data) != "bad" {
			t.Fatalf("dead letter: got %q, want bad", m.Data)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("no dead letter")
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		n, err := q.Pending(ctx, "batch")
		if err == nil && n == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d messages still pending", n)
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	<-done
	mu.Lock()
	defer mu.Unlock()
	want := map[string]int{"a": 1, "b": 1, "c": 1, "bad": 1, "flaky": 2}
	for d, n := range want {
		if runs[d] != n {
			t.Errorf("%s handled %d times, want %d", d, runs[d], n)
		}
	}
	if len(sizes) == 0 || sizes[0] != 5 {
		t.Errorf("batch sizes %v, want the five waiting messages first", sizes)
	}
}

// TestConsumeBatchBacklogThenIdle takes a backlog in full batches, then
// waits through an idle spell longer than one pull request lasts (2s),
// and still takes the message published after it.
func TestConsumeBatchBacklogThenIdle(t *testing.T) {
	q := open(t, nats.Options{})
	defer q.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for i := 0; i < 9; i++ {
		if err := q.Publish(ctx, "idle", []byte(fmt.Sprint(i)), fmt.Sprint("id-", i)); err != nil {
			t.Fatal(err)
		}
	}
	got := make(chan []string, 16)
	done := make(chan error, 1)
	go func() {
		done <- q.ConsumeBatch(ctx, "idle", 3, func(_ context.Context, ms []crosscheck.Message) []error {
			var ds []string
			for _, m := range ms {
				ds = append(ds, string(m.Data))
			}
			got <- ds
			return make([]error, len(ms))
		})
	}()
	take := func(n int) []string {
		var all []string
		for len(all) < n {
			select {
			case ds := <-got:
				all = append(all, ds...)
			case <-time.After(20 * time.Second):
				t.Fatalf("handled %v, want %d messages", all, n)
			}
		}
		return all
	}
	if all := take(9); len(all) != 9 {
		t.Fatalf("handled %v, want the 9 of the backlog", all)
	}
	time.Sleep(2500 * time.Millisecond)
	if err := q.Publish(ctx, "idle", []byte("late"), "id-late"); err != nil {
		t.Fatal(err)
	}
	if all := take(1); len(all) != 1 || all[0] != "late" {
		t.Fatalf("after the idle spell: handled %v, want [late]", all)
	}
	cancel()
	<-done
}
