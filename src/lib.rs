//! claimdiff: extract the dated claims of news articles that tell the same
//! story, and compare the versions.
//!
//! Data flows one way: [`input`] finds and reads files, [`document`] parses
//! each into a [`document::Document`], [`analysis`] runs the extractors
//! ([`timex`], [`figures`], [`actors`], [`attribution`]) and assembles
//! [`claims`] and [`facts`], [`cluster`] groups articles into stories,
//! [`compare`] aligns the versions into findings, and [`render`]
//! prints text, JSON or JSON Lines ([`report_html`] a web page).

pub mod actors;
pub mod analysis;
pub mod attribution;
pub mod baseline;
pub mod claims;
pub mod cli;
pub mod cluster;
pub mod compare;
pub mod dating;
pub mod document;
pub mod facts;
pub mod figures;
pub mod formats;
pub mod input;
pub mod model;
pub mod ordered;
pub mod progress;
pub mod render;
pub mod report_html;
pub mod segment;
pub mod table;
pub mod timex;
pub mod words;
