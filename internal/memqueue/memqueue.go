// Package memqueue is a crosscheck.Queue held in memory, for one process
// that runs every stage itself, and for tests. It keeps the Queue's
// promises (acknowledgement after the handler succeeds, retries with
// backoff, dead letters, duplicate ids dropped) except the one no memory
// can: its messages die with the process.
package memqueue

import (
	"context"
	"fmt"
	"sync"
	"time"

	"crosscheck"
)

// DedupWindow is how long a message id is remembered.
const DedupWindow = 2 * time.Minute

// Queue is an in-memory crosscheck.Queue. The zero value is not usable;
// call New.
type Queue struct {
	mu       sync.Mutex
	now      func() time.Time
	subjects map[string]*subject
	seen     map[string]time.Time
	closed   bool
}

type subject struct {
	waiting  []entry
	inflight int
	// wake is closed, and replaced, when a message arrives.
	wake chan struct{}
}

type entry struct {
	m  crosscheck.Message
	at time.Time // not to be delivered before
}

var _ crosscheck.Queue = (*Queue)(nil)

// New returns an empty Queue.
func New() *Queue {
	return &Queue{now: time.Now, subjects: map[string]*subject{}, seen: map[string]time.Time{}}
}

func (q *Queue) subject(name string) *subject {
	s := q.subjects[name]
	if s == nil {
		s = &subject{wake: make(chan struct{})}
		q.subjects[name] = s
	}
	return s
}

func (q *Queue) push(name string, e entry) {
	s := q.subject(name)
	s.waiting = append(s.waiting, e)
	close(s.wake)
	s.wake = make(chan struct{})
}

var errClosed = crosscheck.Errorf(crosscheck.Canceled, "queue", "", "queue closed")

// Publish implements crosscheck.Queue.
func (q *Queue) Publish(ctx context.Context, subject string, data []byte, id string) error {
	if err := ctx.Err(); err != nil {
		return &crosscheck.Error{Op: "publish", Input: subject, Kind: crosscheck.ErrorKind(err), Err: err}
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return errClosed
	}
	now := q.now()
	if id != "" {
		for k, t := range q.seen {
			if now.Sub(t) > DedupWindow {
				delete(q.seen, k)
			}
		}
		key := subject + "\x00" + id
		if _, ok := q.seen[key]; ok {
			return nil
		}
		q.seen[key] = now
	}
	q.push(subject, entry{m: crosscheck.Message{Subject: subject, ID: id, Data: append([]byte(nil), data...)}})
	return nil
}

// Consume implements crosscheck.Queue.
func (q *Queue) Consume(ctx context.Context, name string, handle func(context.Context, crosscheck.Message) error) error {
	for {
		e, wait, wake, err := q.take(name)
		if err != nil {
			return err
		}
		if wake != nil {
			if err := sleep(ctx, wake, wait); err != nil {
				return err
			}
			continue
		}
		if ctx.Err() != nil {
			q.requeue(name, e)
			return ctx.Err()
		}
		e.m.Attempt++
		herr := run(ctx, handle, e.m)
		q.done(name, e, herr, ctx.Err() != nil)
	}
}

// sleep waits for wake, or for d if it is not 0, or for ctx to end.
func sleep(ctx context.Context, wake <-chan struct{}, d time.Duration) error {
	var timer <-chan time.Time
	if d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		timer = t.C
	}
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-wake:
	case <-timer:
	}
	return nil
}

// run calls handle, turning a panic into an error.
func run(ctx context.Context, handle func(context.Context, crosscheck.Message) error, m crosscheck.Message) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = crosscheck.Errorf(crosscheck.Internal, "handle", m.Subject, "panic: %v", p)
		}
	}()
	return handle(ctx, m)
}

// take removes the first message of name due now. With none, it returns
// the channel that tells of a new one and how long until a delayed one is
// due (0 if none is).
func (q *Queue) take(name string) (entry, time.Duration, chan struct{}, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return entry{}, 0, nil, errClosed
	}
	s := q.subject(name)
	now := q.now()
	var next time.Duration
	for i, e := range s.waiting {
		if !e.at.After(now) {
			s.waiting = append(s.waiting[:i], s.waiting[i+1:]...)
			s.inflight++
			return e, 0, nil, nil
		}
		if d := e.at.Sub(now); next == 0 || d < next {
			next = d
		}
	}
	return entry{}, next, s.wake, nil
}

// requeue puts back a message taken but not handled.
func (q *Queue) requeue(name string, e entry) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.subjects[name].inflight--
	q.push(name, e)
}

// done settles a handled message: dropped on success, delivered again or
// sent to the dead letters on failure. A handler stopped by its context
// ending gets its attempt back.
func (q *Queue) done(name string, e entry, err error, canceled bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.subjects[name].inflight--
	if err == nil {
		return
	}
	if canceled {
		e.m.Attempt--
		q.push(name, e)
		return
	}
	if wait, ok := crosscheck.Retry(e.m.Attempt, err); ok {
		e.at = q.now().Add(wait)
		q.push(name, e)
		return
	}
	dead := e.m
	dead.Subject = crosscheck.DeadLetter(name)
	dead.Error = fmt.Sprintf("attempt %d: %v", e.m.Attempt, err)
	q.push(dead.Subject, entry{m: dead})
}

// Pending implements crosscheck.Queue.
func (q *Queue) Pending(ctx context.Context, name string) (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	s := q.subjects[name]
	if s == nil {
		return 0, nil
	}
	return len(s.waiting) + s.inflight, nil
}

// Close implements crosscheck.Queue: consumers return, and the messages
// still waiting are lost.
func (q *Queue) Close() error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if !q.closed {
		q.closed = true
		for _, s := range q.subjects {
			close(s.wake)
			s.wake = make(chan struct{})
		}
	}
	return nil
}
