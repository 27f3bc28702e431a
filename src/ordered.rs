//! Runs jobs on the worker threads with a bounded look-ahead and hands their
//! results back in the order the jobs came: the caller consumes result `i`
//! (writes it, learns from it) while later jobs are still running, and never
//! more than `ahead` jobs are started and not yet consumed, so memory stays
//! bounded whatever the number of jobs.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc;

/// Runs `work` on every job of `jobs` on rayon's worker threads and calls
/// `consume` on the results in the order of `jobs`, on the calling thread.
/// At most `ahead` (at least 1) jobs are taken from `jobs` before the
/// result of the oldest is consumed; `jobs` is pulled on the calling thread,
/// only when there is room. The first error `consume` returns stops the run
/// (jobs already started finish, their results are dropped) and is returned.
/// A job that panics panics the caller.
///
/// Called from a worker thread itself (where blocking to wait for the
/// others could starve the pool), it runs the jobs one after another.
pub fn in_order<J, R, E>(
    jobs: impl IntoIterator<Item = J>,
    ahead: usize,
    work: impl Fn(J) -> R + Sync,
    mut consume: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    J: Send,
    R: Send,
{
    if rayon::current_thread_index().is_some() {
        return jobs.into_iter().try_for_each(|j| consume(work(j)));
    }
    let ahead = ahead.max(1);
    let work = &work;
    let (tx, rx) = mpsc::channel::<(usize, std::thread::Result<R>)>();
    rayon::in_place_scope(|scope| {
        let mut jobs = jobs.into_iter().enumerate();
        let mut done: BTreeMap<usize, std::thread::Result<R>> = BTreeMap::new();
        let (mut started, mut next) = (0, 0);
        loop {
            while started < next + ahead {
                let Some((i, job)) = jobs.next() else { break };
                let tx = tx.clone();
                // A panic is sent back rather than lost: the caller waits for
                // this very result and would otherwise wait forever.
                scope.spawn(move |_| {
                    let r = panic::catch_unwind(AssertUnwindSafe(|| work(job)));
                    let _ = tx.send((i, r));
                });
                started += 1;
            }
            if next == started {
                return Ok(());
            }
            let (i, r) = rx.recv().expect("a sender is kept by this thread");
            done.insert(i, r);
            while let Some(r) = done.remove(&next) {
                next += 1;
                match r {
                    Ok(r) => consume(r)?,
                    Err(payload) => panic::resume_unwind(payload),
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Jobs that finish out of order (the early ones sleep longest).
    fn uneven(i: usize) -> usize {
        std::thread::sleep(std::time::Duration::from_millis(((16 - i % 16) * 2) as u64));
        i * 10
    }

    #[test]
    fn results_come_in_job_order() {
        let mut got = Vec::new();
        let r: Result<(), ()> = in_order(0..40, 6, uneven, |x| {
            got.push(x);
            Ok(())
        });
        assert!(r.is_ok());
        assert_eq!(got, (0..40).map(|i| i * 10).collect::<Vec<_>>());
    }

    #[test]
    fn never_more_than_ahead_jobs_unconsumed() {
        // Taken from the iterator minus consumed: what is held at once.
        let taken = AtomicUsize::new(0);
        let mut consumed = 0;
        let most = AtomicUsize::new(0);
        let jobs = (0..50).inspect(|_| {
            let t = taken.fetch_add(1, Ordering::SeqCst) + 1;
            most.fetch_max(t, Ordering::SeqCst);
        });
        let r: Result<(), ()> = in_order(jobs, 4, uneven, |_| {
            consumed += 1;
            taken.fetch_sub(1, Ordering::SeqCst);
            Ok(())
        });
        assert!(r.is_ok());
        assert_eq!(consumed, 50);
        assert!(most.load(Ordering::SeqCst) <= 4, "{most:?}");
        // and it did run ahead, or the bound says nothing
        assert!(most.load(Ordering::SeqCst) > 1, "{most:?}");
    }

    #[test]
    fn an_error_stops_the_run() {
        let taken = AtomicUsize::new(0);
        let jobs = (0..1000).inspect(|_| {
            taken.fetch_add(1, Ordering::SeqCst);
        });
        let mut seen = Vec::new();
        let r = in_order(
            jobs,
            3,
            |i| i,
            |i| {
                seen.push(i);
                if i == 5 {
                    Err("closed")
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!(r, Err("closed"));
        assert_eq!(seen, vec![0, 1, 2, 3, 4, 5]);
        assert!(taken.load(Ordering::SeqCst) <= 6 + 3, "{taken:?}");
    }

    #[test]
    #[should_panic(expected = "job 7")]
    fn a_panicking_job_panics_the_caller() {
        let _: Result<(), ()> = in_order(
            0..20,
            4,
            |i| {
                assert!(i != 7, "job 7");
                i
            },
            |_| Ok(()),
        );
    }
}
