// Package nats is the crosscheck.Queue of many workers: NATS JetStream.
//
// Work lives in one stream with work-queue retention, so that a message is
// kept until a worker acknowledges it and then dropped. Each subject has one
// durable pull consumer that every worker shares, so each message goes to
// one worker at a time and survives the restart of a worker or of the
// server. A message is acknowledged (and the acknowledgement confirmed)
// only after its handler returns nil; a handler that fails gets the message
// back after a backoff (NakWithDelay); a message that failed
// crosscheck.MaxAttempts times, or with a permanent error, is published to
// the dead-letter stream with its error and terminated. Publish sets the
// Nats-Msg-Id header, so that the stream drops a message published twice
// within its duplicate window.
//
// The package does not run a server; tests may start one in-process with
// github.com/nats-io/nats-server/v2.
package nats

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"crosscheck"
)

// Options configure a Queue. The zero value is usable.
type Options struct {
	// Stream names the work stream; "" means "CROSSCHECK". The dead
	// letters are kept in the stream of that name followed by "_DEAD".
	Stream string
	// Prefix starts every subject the queue uses; "" means "crosscheck".
	// Work on subject s travels on Prefix.work.s, its dead letters on
	// Prefix.dead.s.
	Prefix string
	// AckWait is how long a message may go unacknowledged before it is
	// delivered again, as when a worker dies; 0 means 30s. A running
	// handler keeps its message with progress reports meanwhile.
	AckWait time.Duration
	// Duplicates is how long message ids are remembered; 0 means 2m.
	Duplicates time.Duration
	// Name names the connection, as the server shows it.
	Name string
}

// Queue is a crosscheck.Queue on NATS JetStream.
type Queue struct {
	nc   *natsgo.Conn
	js   jetstream.JetStream
	opts Options

	mu        sync.Mutex
	consumers map[string]jetstream.Consumer
}

var _ crosscheck.Queue = (*Queue)(nil)

// maxAckPending bounds the messages of a subject delivered and not yet
// settled, across all workers.
const maxAckPending = 1000

// Header carrying a dead letter's error.
const errorHeader = "Crosscheck-Error"

// Open connects to the NATS server at url and creates or updates the
// queue's streams. The connection reconnects on its own for as long as the
// Queue is open.
func Open(ctx context.Context, url string, opts Options) (*Queue, error) {
	const op = "open nats queue"
	if opts.Stream == "" {
		opts.Stream = "CROSSCHECK"
	}
	if opts.Prefix == "" {
		opts.Prefix = "crosscheck"
	}
	if opts.AckWait <= 0 {
		opts.AckWait = 30 * time.Second
	}
	if opts.Duplicates <= 0 {
		opts.Duplicates = 2 * time.Minute
	}
	nopts := []natsgo.Option{natsgo.MaxReconnects(-1), natsgo.ReconnectWait(250 * time.Millisecond), natsgo.Timeout(2 * time.Second)}
	if opts.Name != "" {
		nopts = append(nopts, natsgo.Name(opts.Name))
	}
	nc, err := natsgo.Connect(url, nopts...)
	if err != nil {
		return nil, &crosscheck.Error{Op: op, Input: url, Kind: crosscheck.Transient, Err: err}
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, wrap(op, url, err)
	}
	q := &Queue{nc: nc, js: js, opts: opts, consumers: map[string]jetstream.Consumer{}}
	if _, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:       opts.Stream,
		Subjects:   []string{opts.Prefix + ".work.>"},
		Retention:  jetstream.WorkQueuePolicy,
		Storage:    jetstream.FileStorage,
		Duplicates: opts.Duplicates,
	}); err != nil {
		nc.Close()
		return nil, wrap(op, url, err)
	}
	if _, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:       opts.Stream + "_DEAD",
		Subjects:   []string{opts.Prefix + ".dead.>"},
		Retention:  jetstream.LimitsPolicy,
		Storage:    jetstream.FileStorage,
		Duplicates: opts.Duplicates,
	}); err != nil {
		nc.Close()
		return nil, wrap(op, url, err)
	}
	return q, nil
}

// Close implements crosscheck.Queue.
func (q *Queue) Close() error {
	q.nc.Close()
	return nil
}

// wrap gives a NATS error its kind: Canceled or Timeout for ctx, Transient
// for anything that a reconnect may cure.
func wrap(op, input string, err error) error {
	if err == nil {
		return nil
	}
	k := crosscheck.ErrorKind(err)
	switch {
	case k == crosscheck.Canceled || k == crosscheck.Timeout:
	case errors.Is(err, natsgo.ErrConnectionClosed), errors.Is(err, natsgo.ErrBadSubject):
		k = crosscheck.Other
	default:
		k = crosscheck.Transient
	}
	return &crosscheck.Error{Op: op, Input: input, Kind: k, Err: err}
}

// route returns the stream and NATS subject of a queue subject.
func (q *Queue) route(subject string) (stream, subj string, err error) {
	if subject == "" || strings.ContainsAny(subject, " \t\r\n*>") {
		return "", "", crosscheck.Errorf(crosscheck.Invalid, "queue", subject, "bad subject")
	}
	if rest, ok := strings.CutPrefix(subject, crosscheck.DeadLetter("")); ok {
		return q.opts.Stream + "_DEAD", q.opts.Prefix + ".dead." + rest, nil
	}
	return q.opts.Stream, q.opts.Prefix + ".work." + subject, nil
}

// Publish implements crosscheck.Queue.
func (q *Queue) Publish(ctx context.Context, subject string, data []byte, id string) error {
	return q.publish(ctx, subject, data, id, nil)
}

func (q *Queue) publish(ctx context.Context, subject string, data []byte, id string, header natsgo.Header) error {
	const op = "publish"
	_, subj, err := q.route(subject)
	if err != nil {
		return err
	}
	if max := q.nc.MaxPayload(); max > 0 && int64(len(data)) > max-4096 {
		return crosscheck.Errorf(crosscheck.TooLarge, op, subject, "message of %d bytes over the server's limit of %d", len(data), max)
	}
	msg := &natsgo.Msg{Subject: subj, Data: data, Header: header}
	var popts []jetstream.PublishOpt
	if id != "" {
		popts = append(popts, jetstream.WithMsgID(id))
	}
	if _, err := q.js.PublishMsg(ctx, msg, popts...); err != nil {
		return wrap(op, subject, err)
	}
	return nil
}

// consumer returns the durable consumer of subject, creating it if needed.
func (q *Queue) consumer(ctx context.Context, subject string, fresh bool) (jetstream.Consumer, error) {
	q.mu.Lock()
	c, ok := q.consumers[subject]
	q.mu.Unlock()
	if ok && !fresh {
		return c, nil
	}
	stream, subj, err := q.route(subject)
	if err != nil {
		return nil, err
	}
	durable := "crosscheck_" + strings.NewReplacer(".", "_", "-", "_").Replace(subject)
	c, err = q.js.CreateOrUpdateConsumer(ctx, stream, jetstream.ConsumerConfig{
		Durable:       durable,
		FilterSubject: subj,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       q.opts.AckWait,
		// Redelivery never stops on the server's side: the consumer
		// counts attempts and sends the message to the dead letters
		// itself, with its error.
		MaxDeliver:    -1,
		MaxAckPending: maxAckPending,
	})
	if err != nil {
		return nil, wrap("consume", subject, err)
	}
	q.mu.Lock()
	q.consumers[subject] = c
	q.mu.Unlock()
	return c, nil
}

// Consume implements crosscheck.Queue. It rides out a lost connection or
// a restarting server, waiting for them to come back.
func (q *Queue) Consume(ctx context.Context, subject string, handle func(context.Context, crosscheck.Message) error) error {
	return q.fetchLoop(ctx, subject, 1, func(msgs []jetstream.Msg) {
		q.handle(ctx, subject, msgs[0], handle)
	})
}

// ConsumeBatch is Consume for handlers that work better on many messages
// at once: it calls handle with the messages of subject that are waiting,
// up to limit (at least one, waiting for it as Consume does), and settles
// each message by the error handle returns for it, at the same index: nil
// acknowledges it, any other error retries it or sends it to the dead
// letters as Consume would. Fetching a batch costs one request to the
// server, not one per message, and the handler may commit the effects of
// the whole batch in one transaction.
func (q *Queue) ConsumeBatch(ctx context.Context, subject string, limit int, handle func(context.Context, []crosscheck.Message) []error) error {
	limit = min(max(limit, 1), maxAckPending)
	return q.fetchLoop(ctx, subject, limit, func(msgs []jetstream.Msg) {
		q.handleBatch(ctx, subject, msgs, handle)
	})
}

// fetchLoop hands run the messages of subject as they arrive, up to limit
// at a time, until ctx ends or the connection is closed. It waits for one
// message, then takes what else is waiting without waiting for more, so a
// batch never holds a message back; after a full batch it asks at once
// for what waits, one request a batch while the subject has a backlog. A lost connection, a restarting
// server or a deleted consumer is waited out and the consumer bound again.
func (q *Queue) fetchLoop(ctx context.Context, subject string, limit int, run func([]jetstream.Msg)) error {
	var c jetstream.Consumer
	var err error
	fresh, full := false, false
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		if q.nc.IsClosed() {
			return crosscheck.Errorf(crosscheck.Other, "consume", subject, "connection closed")
		}
		if c == nil {
			if c, err = q.consumer(ctx, subject, fresh); err != nil {
				if pause(ctx, time.Second) != nil {
					return ctx.Err()
				}
				continue
			}
		}
		var msgs []jetstream.Msg
		err = nil
		if full {
			// The last batch was full, so more likely wait: one request
			// takes them, without the wait for the first.
			msgs, err = fetchWaiting(c, msgs, limit)
		}
		if err == nil && len(msgs) == 0 {
			fctx, cancel := context.WithTimeout(ctx, 2*time.Second)
			var msg jetstream.Msg
			msg, err = c.Next(jetstream.FetchContext(fctx))
			cancel()
			if err == nil {
				msgs = append(msgs, msg)
				if limit > 1 {
					msgs, err = fetchWaiting(c, msgs, limit-1)
				}
			}
		}
		full = limit > 1 && len(msgs) == limit
		if len(msgs) > 0 {
			run(msgs)
		}
		switch {
		case err == nil:
		case ctx.Err() != nil:
			return ctx.Err()
		case errors.Is(err, natsgo.ErrTimeout), errors.Is(err, context.DeadlineExceeded), errors.Is(err, jetstream.ErrNoMessages):
		case errors.Is(err, jetstream.ErrConsumerNotFound), errors.Is(err, jetstream.ErrConsumerDeleted), errors.Is(err, jetstream.ErrStreamNotFound):
			c, fresh = nil, true
		default:
			// A server restarting or a connection lost: wait for it.
			if pause(ctx, 250*time.Millisecond) != nil {
				return ctx.Err()
			}
			c, fresh = nil, true
		}
	}
}

// fetchWaiting appends to msgs up to n messages of c that wait now.
func fetchWaiting(c jetstream.Consumer, msgs []jetstream.Msg, n int) ([]jetstream.Msg, error) {
	b, err := c.FetchNoWait(n)
	if err != nil {
		return msgs, err
	}
	for m := range b.Messages() {
		msgs = append(msgs, m)
	}
	if err := b.Error(); err != nil && !errors.Is(err, jetstream.ErrNoMessages) && !errors.Is(err, natsgo.ErrTimeout) {
		return msgs, err
	}
	return msgs, nil
}

// handleBatch runs handle on msgs and settles each.
func (q *Queue) handleBatch(ctx context.Context, subject string, msgs []jetstream.Msg, handle func(context.Context, []crosscheck.Message) []error) {
	ms := make([]crosscheck.Message, 0, len(msgs))
	live := msgs[:0:0]
	for _, msg := range msgs {
		m := message(subject, msg)
		if m.Attempt > crosscheck.MaxAttempts {
			q.dead(ctx, subject, msg, m, fmt.Errorf("attempt %d: no worker finished it", m.Attempt-1))
			continue
		}
		ms = append(ms, m)
		live = append(live, msg)
	}
	if len(ms) == 0 {
		return
	}
	var errs []error
	err := q.run(ctx, live, subject, func(ctx context.Context) error {
		errs = handle(ctx, ms)
		if len(errs) != len(ms) {
			return crosscheck.Errorf(crosscheck.Internal, "handle", subject, "%d results for %d messages", len(errs), len(ms))
		}
		return nil
	})
	for i, msg := range live {
		e := err
		if e == nil {
			e = errs[i]
		}
		q.settle(ctx, subject, msg, ms[i], e)
	}
}

func pause(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// handle runs handle on one message and settles it.
func (q *Queue) handle(ctx context.Context, subject string, msg jetstream.Msg, handle func(context.Context, crosscheck.Message) error) {
	m := message(subject, msg)
	if m.Attempt > crosscheck.MaxAttempts {
		// Delivered that often without an answer: its handler keeps
		// dying (a crash, a kill), so it never reported an error.
		q.dead(ctx, subject, msg, m, fmt.Errorf("attempt %d: no worker finished it", m.Attempt-1))
		return
	}
	err := q.run(ctx, []jetstream.Msg{msg}, subject, func(ctx context.Context) error { return handle(ctx, m) })
	q.settle(ctx, subject, msg, m, err)
}

// message returns the crosscheck.Message of msg.
func message(subject string, msg jetstream.Msg) crosscheck.Message {
	m := crosscheck.Message{Subject: subject, Data: msg.Data(), Attempt: 1}
	if h := msg.Headers(); h != nil {
		m.ID = h.Get(natsgo.MsgIdHdr)
		m.Error = h.Get(errorHeader)
	}
	if md, err := msg.Metadata(); err == nil {
		m.Attempt = int(md.NumDelivered)
	}
	return m
}

// settle acknowledges msg if its handler returned nil, and otherwise
// delivers it again later or sends it to the dead letters.
func (q *Queue) settle(ctx context.Context, subject string, msg jetstream.Msg, m crosscheck.Message, err error) {
	switch {
	case err == nil:
		// A lost acknowledgement only means a harmless redelivery, so
		// the handler goes on without waiting for the server to confirm.
		_ = msg.Ack()
	case ctx.Err() != nil:
		// Shutting down: hand the message to another worker now.
		_ = msg.Nak()
	default:
		if wait, ok := crosscheck.Retry(m.Attempt, err); ok {
			_ = msg.NakWithDelay(wait)
			return
		}
		q.dead(context.WithoutCancel(ctx), subject, msg, m, fmt.Errorf("attempt %d: %w", m.Attempt, err))
	}
}

// run calls handle, reporting progress on msgs to the server so that a
// long handler keeps its messages, and turning a panic into an error.
func (q *Queue) run(ctx context.Context, msgs []jetstream.Msg, subject string, handle func(context.Context) error) (err error) {
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(q.opts.AckWait / 3)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				for _, msg := range msgs {
					_ = msg.InProgress()
				}
			}
		}
	}()
	defer func() {
		close(stop)
		wg.Wait()
		if p := recover(); p != nil {
			err = crosscheck.Errorf(crosscheck.Internal, "handle", subject, "panic: %v", p)
		}
	}()
	return handle(ctx)
}

// dead publishes msg to the dead letters of subject with err, then
// terminates it. If the publish fails the message is left to be delivered
// again, and dead-lettered then.
func (q *Queue) dead(ctx context.Context, subject string, msg jetstream.Msg, m crosscheck.Message, err error) {
	h := natsgo.Header{}
	h.Set(errorHeader, err.Error())
	h.Set("Crosscheck-Attempts", strconv.Itoa(m.Attempt))
	// The dead letters' stream remembers ids apart from the work's.
	id := m.ID
	pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if perr := q.publish(pctx, crosscheck.DeadLetter(subject), m.Data, id, h); perr != nil {
		_ = msg.Nak()
		return
	}
	// The error travels in the dead letter; a reason given to the server
	// with the termination made it ignore the termination here.
	_ = msg.Term()
}

// Pending implements crosscheck.Queue. For a work subject it counts the
// messages the stream still holds, delivered or not: a work queue drops a
// message only when it is acknowledged. For a dead-letter subject it
// counts the letters its consumer has not yet acknowledged.
func (q *Queue) Pending(ctx context.Context, subject string) (int, error) {
	const op = "pending"
	stream, subj, err := q.route(subject)
	if err != nil {
		return 0, err
	}
	if stream == q.opts.Stream {
		s, err := q.js.Stream(ctx, stream)
		if err != nil {
			return 0, wrap(op, subject, err)
		}
		info, err := s.Info(ctx, jetstream.WithSubjectFilter(subj))
		if err != nil {
			return 0, wrap(op, subject, err)
		}
		return int(info.State.Subjects[subj]), nil
	}
	c, err := q.consumer(ctx, subject, false)
	if err != nil {
		return 0, err
	}
	info, err := c.Info(ctx)
	if err != nil {
		return 0, wrap(op, subject, err)
	}
	return int(info.NumPending) + info.NumAckPending, nil
}
