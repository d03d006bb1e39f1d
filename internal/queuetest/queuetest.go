// Package queuetest is the one test suite every crosscheck.Queue passes,
// so that the in-memory queue and JetStream keep the same promises.
package queuetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"crosscheck"
)

// Open returns a new, empty queue for one test; the suite closes it.
// Subjects are unique to the test.
type Open func(t *testing.T) crosscheck.Queue

// Run runs every case of the suite against queues from open.
func Run(t *testing.T, open Open) {
	cases := []struct {
		name string
		run  func(t *testing.T, q crosscheck.Queue)
	}{
		{"Deliver", testDeliver},
		{"DuplicateID", testDuplicate},
		{"RetryThenSucceed", testRetry},
		{"DeadLetterPermanent", testPermanent},
		{"DeadLetterAfterMaxAttempts", testMaxAttempts},
		{"CompetingConsumers", testCompeting},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := open(t)
			// Cleanups run last first: consumers stop before the queue
			// closes.
			t.Cleanup(func() { q.Close() })
			c.run(t, q)
		})
	}
}

// consume runs q.Consume on subject in the background until the test ends
// or stop is called.
func consume(t *testing.T, q crosscheck.Queue, subject string, h func(context.Context, crosscheck.Message) error) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- q.Consume(ctx, subject, h) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
				t.Errorf("consume %s: %v", subject, err)
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// wait polls cond until it holds or d passes.
func wait(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s after %v", what, d)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func subject(t *testing.T) string {
	return strings.ToLower(strings.NewReplacer("/", "_", " ", "_").Replace(t.Name()))
}

func publish(t *testing.T, q crosscheck.Queue, subj, data, id string) {
	t.Helper()
	if err := q.Publish(context.Background(), subj, []byte(data), id); err != nil {
		t.Fatal(err)
	}
}

type recorder struct {
	mu   sync.Mutex
	msgs []crosscheck.Message
}

func (r *recorder) add(m crosscheck.Message) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.msgs = append(r.msgs, m)
	return len(r.msgs)
}

func (r *recorder) len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.msgs)
}

func testDeliver(t *testing.T, q crosscheck.Queue) {
	subj := subject(t)
	for i := 0; i < 3; i++ {
		publish(t, q, subj, fmt.Sprint("report ", i), fmt.Sprint("id", i))
	}
	n, err := q.Pending(context.Background(), subj)
	if err != nil || n != 3 {
		t.Fatalf("pending before consuming: got %d, %v, want 3", n, err)
	}
	var r recorder
	consume(t, q, subj, func(_ context.Context, m crosscheck.Message) error { r.add(m); return nil })
	wait(t, 10*time.Second, "3 messages", func() bool { return r.len() == 3 })
	wait(t, 10*time.Second, "no pending", func() bool { n, _ := q.Pending(context.Background(), subj); return n == 0 })
	seen := map[string]bool{}
	for _, m := range r.msgs {
		if m.Attempt != 1 || m.Subject != subj {
			t.Errorf("got %+v, want attempt 1 on %s", m, subj)
		}
		seen[string(m.Data)] = true
	}
	if len(seen) != 3 {
		t.Fatalf("got %d distinct messages, want 3", len(seen))
	}
}

func testDuplicate(t *testing.T, q crosscheck.Queue) {
	subj := subject(t)
	publish(t, q, subj, "one", "same")
	publish(t, q, subj, "one again", "same")
	publish(t, q, subj, "two", "other")
	var r recorder
	consume(t, q, subj, func(_ context.Context, m crosscheck.Message) error { r.add(m); return nil })
	wait(t, 10*time.Second, "2 messages", func() bool { return r.len() >= 2 })
	time.Sleep(200 * time.Millisecond)
	if r.len() != 2 {
		t.Fatalf("got %d messages, want 2: the duplicate id is dropped", r.len())
	}
}

func testRetry(t *testing.T, q crosscheck.Queue) {
	subj := subject(t)
	publish(t, q, subj, "flaky", "flaky")
	var r recorder
	consume(t, q, subj, func(_ context.Context, m crosscheck.Message) error {
		if r.add(m) < 3 {
			return crosscheck.Errorf(crosscheck.Transient, "test", "", "busy")
		}
		return nil
	})
	wait(t, 20*time.Second, "3 attempts", func() bool { return r.len() >= 3 })
	time.Sleep(300 * time.Millisecond)
	if r.len() != 3 {
		t.Fatalf("got %d deliveries, want 3: acknowledged after the third", r.len())
	}
	for i, m := range r.msgs {
		if m.Attempt != i+1 {
			t.Errorf("delivery %d: got attempt %d", i+1, m.Attempt)
		}
	}
}

func deadLetters(t *testing.T, q crosscheck.Queue, subj string) *recorder {
	var r recorder
	consume(t, q, crosscheck.DeadLetter(subj), func(_ context.Context, m crosscheck.Message) error { r.add(m); return nil })
	return &r
}

func testPermanent(t *testing.T, q crosscheck.Queue) {
	subj := subject(t)
	publish(t, q, subj, "garbage", "g1")
	var r recorder
	consume(t, q, subj, func(_ context.Context, m crosscheck.Message) error {
		r.add(m)
		return crosscheck.Errorf(crosscheck.Invalid, "parse", "g1", "not a report")
	})
	dead := deadLetters(t, q, subj)
	wait(t, 10*time.Second, "a dead letter", func() bool { return dead.len() == 1 })
	d := dead.msgs[0]
	if string(d.Data) != "garbage" || !strings.Contains(d.Error, "not a report") || d.ID != "g1" {
		t.Fatalf("dead letter: got %+v, want the message with its error", d)
	}
	if r.len() != 1 {
		t.Fatalf("got %d attempts, want 1 for a permanent error", r.len())
	}
}

func testMaxAttempts(t *testing.T, q crosscheck.Queue) {
	subj := subject(t)
	publish(t, q, subj, "always fails", "f1")
	var r recorder
	consume(t, q, subj, func(_ context.Context, m crosscheck.Message) error {
		r.add(m)
		return errors.New("database on fire")
	})
	dead := deadLetters(t, q, subj)
	wait(t, 30*time.Second, "a dead letter", func() bool { return dead.len() == 1 })
	if r.len() != crosscheck.MaxAttempts {
		t.Fatalf("got %d attempts, want %d", r.len(), crosscheck.MaxAttempts)
	}
	if d := dead.msgs[0]; !strings.Contains(d.Error, "database on fire") {
		t.Fatalf("dead letter error: got %q", d.Error)
	}
	wait(t, 10*time.Second, "no pending", func() bool { n, _ := q.Pending(context.Background(), subj); return n == 0 })
}

func testCompeting(t *testing.T, q crosscheck.Queue) {
	subj := subject(t)
	const n = 40
	for i := 0; i < n; i++ {
		publish(t, q, subj, fmt.Sprint(i), fmt.Sprint("m", i))
	}
	var mu sync.Mutex
	count := map[string]int{}
	byConsumer := [2]int{}
	for c := 0; c < 2; c++ {
		consume(t, q, subj, func(_ context.Context, m crosscheck.Message) error {
			mu.Lock()
			count[string(m.Data)]++
			byConsumer[c]++
			mu.Unlock()
			time.Sleep(5 * time.Millisecond)
			return nil
		})
	}
	wait(t, 20*time.Second, "every message", func() bool { mu.Lock(); defer mu.Unlock(); return len(count) == n })
	time.Sleep(200 * time.Millisecond)
	mu.Lock()
	defer mu.Unlock()
	for k, c := range count {
		if c != 1 {
			t.Errorf("message %s delivered %d times, want once", k, c)
		}
	}
	if byConsumer[0] == 0 || byConsumer[1] == 0 {
		t.Errorf("consumers handled %v, want both to share the work", byConsumer)
	}
}
