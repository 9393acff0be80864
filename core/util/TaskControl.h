#pragma once

#include <functional>

namespace rutile {

/// How a long-running core task talks to whoever started it: it reports progress as a
/// fraction in [0, 1] and polls for cancellation between chunks of work. Both hooks are
/// optional, so a CLI or a test can pass a default-constructed TaskControl.
///
/// The hooks are called from the thread that runs the task; the GUI forwards them to a
/// QPromise, the CLI ignores them.
struct TaskControl {
    std::function<void(double fraction)> onProgress;
    std::function<bool()> isCancellationRequested;

    void report(double fraction) const
    {
        if (onProgress)
            onProgress(fraction);
    }
    bool cancelled() const { return isCancellationRequested && isCancellationRequested(); }

    /// The control of a step that covers [from, to] of this task's progress, with the same
    /// cancellation. It refers to this control, which must outlive it.
    TaskControl part(double from, double to) const
    {
        TaskControl step;
        step.isCancellationRequested = isCancellationRequested;
        if (onProgress)
            step.onProgress = [this, from, to](double f) { report(from + f * (to - from)); };
        return step;
    }
};

} // namespace rutile
