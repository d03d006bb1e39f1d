package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"crosscheck"
)

// GroupingLease names the lease that the owner of the clusterer holds.
// SaveGrouping refuses a grouping whose epoch is below this lease's.
const GroupingLease = crosscheck.GroupingLease

// AcquireLease gives the lease name to holder for ttl and returns its new
// epoch, which is above every epoch the lease or the store's grouping had
// before: a holder that lost the lease can no longer save a grouping. A
// lease held by another holder and not yet expired fails with Conflict;
// holder acquiring a lease it holds starts a new epoch. Expiry follows the
// database's clock.
func (db *DB) AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (int64, error) {
	const op = "acquire lease"
	var epoch int64
	err := db.tx(ctx, op, func(tx pgx.Tx) error {
		// Lock the clusterer row first, as SaveGrouping does.
		var grouping int64
		if err := tx.QueryRow(ctx, "SELECT epoch FROM clusterer FOR UPDATE").Scan(&grouping); err != nil {
			return err
		}
		var cur int64
		var who string
		var live bool
		err := tx.QueryRow(ctx, "SELECT holder, epoch, expires > clock_timestamp() FROM leases WHERE name = $1 FOR UPDATE", name).Scan(&who, &cur, &live)
		switch {
		case errors.Is(err, pgx.ErrNoRows):
		case err != nil:
			return err
		case live && who != holder:
			return crosscheck.Errorf(crosscheck.Conflict, op, name, "lease held by %s", who)
		}
		epoch = max(cur, grouping) + 1
		_, err = tx.Exec(ctx, `INSERT INTO leases (name, holder, epoch, expires) VALUES ($1, $2, $3, clock_timestamp() + $4 * interval '1 microsecond')
			ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, epoch = excluded.epoch, expires = excluded.expires`,
			name, holder, epoch, ttl.Microseconds())
		return err
	})
	if err != nil {
		return 0, err
	}
	return epoch, nil
}

// RenewLease extends the lease name that holder acquired at epoch to ttl
// from now. It fails with Conflict if the lease has passed to another
// holder or epoch, even if it had expired: a holder whose lease lapsed
// learns it here rather than when its grouping is refused. An expired
// lease nobody took since is renewed.
func (db *DB) RenewLease(ctx context.Context, name, holder string, epoch int64, ttl time.Duration) error {
	const op = "renew lease"
	return db.tx(ctx, op, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE leases SET expires = clock_timestamp() + $4 * interval '1 microsecond'
			WHERE name = $1 AND holder = $2 AND epoch = $3`, name, holder, epoch, ttl.Microseconds())
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return crosscheck.Errorf(crosscheck.Conflict, op, name, "lease lost by %s at epoch %d", holder, epoch)
		}
		return nil
	})
}

// ReleaseLease ends the lease name that holder acquired at epoch, so that
// another holder may acquire it at once. Releasing a lease already lost
// does nothing.
func (db *DB) ReleaseLease(ctx context.Context, name, holder string, epoch int64) error {
	const op = "release lease"
	return db.tx(ctx, op, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, "UPDATE leases SET expires = clock_timestamp() WHERE name = $1 AND holder = $2 AND epoch = $3", name, holder, epoch)
		return err
	})
}
