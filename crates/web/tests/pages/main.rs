//! In-process tests of the resident pages over a real SQLite store holding the shipped demo
//! directory (Sycamore Falls) and a real search index.

mod budget;
mod helpers;
mod locales;
mod map;
mod negotiation;
mod pages;
mod plan;
mod report;
mod screener;
