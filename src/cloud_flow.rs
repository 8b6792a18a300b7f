//! Power Automate cloud-flow error codes (the "Cloud flow error code reference").
//!
//! A cloud flow's failed run or save reports a string code such as `InvalidTemplate` or
//! `ActionFailed`. [`CloudFlowError`] has one variant per code of the vendor's reference, with
//! its category, what it means, the common causes, how to fix it, the most likely fix, the
//! related codes and, where the reference's heading states one, the HTTP status.
//!
//! `ActionFailed` is the code a cloud flow reports when an action failed; a desktop flow run
//! from a cloud flow fails this way, and the action's own error (a
//! [`PowerAutomateError`](crate::PowerAutomateError) such as `UIFlowAlreadyRunning`) is inside.
//!
//! ```
//! use rpa_error_codes::{CloudFlowError, Code, RetryClass};
//! use rpa_error_codes::cloud_flow::Category;
//!
//! let error = CloudFlowError::from_code("Unauthorized").unwrap();
//! assert_eq!(error.http_status(), Some(401));
//! assert_eq!(error.category(), Category::Auth);
//! assert!(error.related().contains(&CloudFlowError::Forbidden));
//! ```
//!
//! # Every code
//!
//! Generated from `data/cloud_flow.csv`; each code links to its full documentation.
//!
#![doc = include_str!(concat!(env!("OUT_DIR"), "/cloud_flow_table.md"))]

include!(concat!(env!("OUT_DIR"), "/cloud_flow.rs"));

cloud_flow_enum! {
    /// Each variant is named exactly like the code (without the HTTP status some of the
    /// reference's headings add), and its documentation carries the vendor's text.
    pub enum CloudFlowError
}
