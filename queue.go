package crosscheck

import (
	"context"
	"time"
)

// Queue carries work between the stages of crosscheck when they run as
// workers: reports to extract, nudges to group, stories to brief. nats.Queue
// is the Queue of many workers on JetStream; internal/memqueue the Queue of
// one process.
//
// Delivery is at least once. A message is acknowledged only when handle
// returns nil, which it must do only after its effects are committed (to
// the Store); a worker that dies mid-message leaves it to be delivered
// again, so handlers must be idempotent, as the Store's writes keyed by id
// and content hash are. A message that fails is delivered again after a
// backoff that doubles with each attempt; after MaxAttempts failed
// attempts, or at once for an error of a permanent kind (Invalid, Empty,
// Binary, TooLarge, Unsupported), it goes to the subject DeadLetter(subject)
// with its error, where it waits for someone to look at it.
type Queue interface {
	// Publish puts data on subject. id names the message: a message
	// published again with the same id while the first is remembered
	// (minutes) is dropped, so that a publisher that retries does not
	// double its work. Publish returns once the queue holds the message.
	Publish(ctx context.Context, subject string, data []byte, id string) error
	// Consume calls handle with the messages of subject, one at a time,
	// until ctx ends or the queue fails; it returns ctx's error or the
	// queue's. Many consumers of one subject, in one process or many,
	// share its messages: each message goes to one of them.
	Consume(ctx context.Context, subject string, handle func(ctx context.Context, m Message) error) error
	// Pending returns how many messages of subject wait or are being
	// handled: the queue's lag.
	Pending(ctx context.Context, subject string) (int, error)
	// Close releases the queue.
	Close() error
}

// Message is one message of a Queue.
type Message struct {
	Subject string
	// ID is the id it was published with.
	ID   string
	Data []byte
	// Attempt counts its deliveries from 1.
	Attempt int
	// Error is, in a dead letter, the error of the last attempt.
	Error string
}

// MaxAttempts is how many times a Queue delivers a failing message before
// it gives up and moves it to its dead-letter subject.
const MaxAttempts = 5

// DeadLetter returns the subject where a Queue puts the messages of
// subject that kept failing.
func DeadLetter(subject string) string { return "dead." + subject }

// Retry returns how long a Queue waits before delivering again a message
// whose attempt failed, and whether it should: false once attempt reaches
// MaxAttempts or err is of a permanent kind.
func Retry(attempt int, err error) (time.Duration, bool) {
	switch ErrorKind(err) {
	case Invalid, Empty, Binary, TooLarge, Unsupported:
		return 0, false
	}
	if attempt >= MaxAttempts {
		return 0, false
	}
	d := 100 * time.Millisecond << min(max(attempt-1, 0), 10)
	return min(d, 30*time.Second), true
}

// GroupingLease names the lease held by the one worker that groups
// articles into stories. A Store that keeps leases (postgres.DB) refuses
// a grouping saved under an epoch older than this lease's.
const GroupingLease = "grouping"
