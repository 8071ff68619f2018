//! Progress reports for long inputs.

/// How far a summarization has got: `done` of `total` units of `stage`
/// (`"segment"`, `"analyze"`, `"graph"`, `"rank"`, `"select"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Units done so far.
    pub done: usize,
    /// Units in this stage.
    pub total: usize,
    /// The stage's name.
    pub stage: &'static str,
}

/// Forwards reports to the caller's callback, if any.
pub(crate) struct Reporter<'a> {
    callback: Option<&'a mut dyn FnMut(Progress)>,
}

impl<'a> Reporter<'a> {
    pub fn new(callback: Option<&'a mut dyn FnMut(Progress)>) -> Self {
        Reporter { callback }
    }

    /// Reports `done` of `total` for `stage`. Callers report every few
    /// thousand units, so a callback costs nothing on short texts.
    pub fn report(&mut self, stage: &'static str, done: usize, total: usize) {
        if let Some(f) = self.callback.as_mut() {
            f(Progress {
                done: done.min(total),
                total,
                stage,
            });
        }
    }
}
