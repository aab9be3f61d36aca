//! The HSDS paging envelope that every list response uses.

use puerta_store::{PageRequest, Paged};
use serde::Serialize;
use utoipa::ToSchema;

/// One page of a list (HSDS `Page` plus `contents`).
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Page<T> {
    /// How many records match, over all pages.
    pub total_items: u64,
    /// How many pages of `size` records the matches fill (0 when nothing matches).
    pub total_pages: u64,
    /// This page's number, from 1.
    pub page_number: u32,
    /// How many records this page holds.
    pub size: u64,
    /// Whether this is page 1.
    pub first_page: bool,
    /// Whether no page follows this one.
    pub last_page: bool,
    /// Whether this page holds no records.
    pub empty: bool,
    /// The records of this page.
    pub contents: Vec<T>,
}

impl<T> Page<T> {
    /// The envelope for `contents` (the records of `page`) out of `total` matches.
    pub fn new(total: u64, page: PageRequest, contents: Vec<T>) -> Self {
        let total_pages = Paged::<()> {
            items: vec![],
            total,
            page,
        }
        .total_pages();
        Self {
            total_items: total,
            total_pages,
            page_number: page.page,
            size: contents.len() as u64,
            first_page: page.page <= 1,
            last_page: u64::from(page.page) >= total_pages,
            empty: contents.is_empty(),
            contents,
        }
    }

    /// The envelope of a store page, with its records turned into response items.
    pub fn from_paged<U>(paged: &Paged<U>, contents: Vec<T>) -> Self {
        Self::new(paged.total, paged.page, contents)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(page: u32, per_page: u32) -> PageRequest {
        PageRequest { page, per_page }
    }

    #[test]
    fn paging_math() {
        // 45 matches, 20 a page: pages of 20, 20, 5.
        let p = Page::new(45, req(1, 20), vec![0; 20]);
        assert_eq!(
            (p.total_pages, p.size, p.first_page, p.last_page, p.empty),
            (3, 20, true, false, false)
        );
        let p = Page::new(45, req(3, 20), vec![0; 5]);
        assert_eq!(
            (p.total_pages, p.size, p.first_page, p.last_page),
            (3, 5, false, true)
        );
        // Past the end: an empty last page, not an error.
        let p = Page::new(45, req(9, 20), Vec::<u8>::new());
        assert_eq!(
            (p.page_number, p.size, p.last_page, p.empty),
            (9, 0, true, true)
        );
        // Nothing matches.
        let p = Page::new(0, req(1, 50), Vec::<u8>::new());
        assert_eq!(
            (p.total_pages, p.first_page, p.last_page, p.empty),
            (0, true, true, true)
        );
        // Exactly full pages.
        let p = Page::new(40, req(2, 20), vec![0; 20]);
        assert_eq!((p.total_pages, p.last_page), (2, true));
    }
}
