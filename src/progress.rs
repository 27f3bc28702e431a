//! A progress bar on stderr for long runs: shown only when stderr is a
//! terminal and the run has lasted about a second, so that short runs, pipes,
//! logs and CI never see it; stdout is never touched.

use std::io::IsTerminal;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long a run goes before its bar appears.
const DELAY: Duration = Duration::from_secs(1);

/// A bar counting documents, hidden until [`DELAY`] has passed. Without a
/// terminal on stderr (or with `--quiet`) it is inert.
pub struct Progress {
    bar: Option<ProgressBar>,
    shown: Option<(Sender<()>, JoinHandle<()>)>,
}

impl Progress {
    /// A bar for `total` steps, when stderr is a terminal and `enabled`.
    pub fn start(total: u64, enabled: bool) -> Progress {
        if !enabled || !std::io::stderr().is_terminal() {
            return Progress {
                bar: None,
                shown: None,
            };
        }
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden());
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg} [{bar:30}] {pos}/{len} {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        // A timer thread shows the bar once the delay has passed, unless the
        // run ends (the sender is dropped) first.
        let (tx, rx) = mpsc::channel::<()>();
        let shown = bar.clone();
        let timer = std::thread::spawn(move || {
            if let Err(RecvTimeoutError::Timeout) = rx.recv_timeout(DELAY) {
                shown.set_draw_target(ProgressDrawTarget::stderr());
                shown.enable_steady_tick(Duration::from_millis(120));
            }
        });
        Progress {
            bar: Some(bar),
            shown: Some((tx, timer)),
        }
    }

    /// What the run is doing now ("analysing", "comparing").
    pub fn stage(&self, msg: &'static str) {
        if let Some(b) = &self.bar {
            b.set_message(msg);
        }
    }

    /// One more step done; callable from any thread.
    pub fn tick(&self) {
        if let Some(b) = &self.bar {
            b.inc(1);
        }
    }

    /// Removes the bar from the terminal before anything else is printed.
    pub fn finish(mut self) {
        if let Some((tx, timer)) = self.shown.take() {
            drop(tx);
            let _ = timer.join();
        }
        if let Some(b) = self.bar.take() {
            b.finish_and_clear();
        }
    }
}
