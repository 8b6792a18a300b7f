//! [`RetryClass`]: what retrying a code can do, the same four classes for every catalog.

include!(concat!(env!("OUT_DIR"), "/retry.rs"));

impl RetryClass {
    /// Whether retrying, without changing anything, can succeed:
    /// [`Throttled`](Self::Throttled) (after a wait) or [`Transient`](Self::Transient).
    ///
    /// ```
    /// use rpa_error_codes::RetryClass;
    /// assert!(RetryClass::Throttled.is_retryable());
    /// assert!(RetryClass::Transient.is_retryable());
    /// assert!(!RetryClass::NeedsPerson.is_retryable());
    /// assert!(!RetryClass::Unknown.is_retryable());
    /// ```
    pub const fn is_retryable(self) -> bool {
        matches!(self, RetryClass::Throttled | RetryClass::Transient)
    }
}
