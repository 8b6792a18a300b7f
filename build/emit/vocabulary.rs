use super::*;

/// The vocabulary's enum, its `ALL` and `as_str`, and `Display`.
pub fn emit_vocabulary(vocab: &Vocabulary, out: &mut String) {
    let name = vocab.name;
    for line in vocab.doc.lines() {
        put_line!(out, "#[doc = {}]", lit(line));
    }
    if vocab.non_exhaustive {
        put_line!(out, "#[non_exhaustive]");
    }
    put_line!(
        out,
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]"
    );
    put_line!(out, "pub enum {name} {{");
    for item in vocab.items {
        put_line!(out, "    #[doc = {}]\n    {},", lit(item.doc), item.name);
    }
    put_line!(out, "}}\n");
    put_line!(out, "impl {name} {{");
    put_line!(out, "    /// Every value, in order.");
    put_line!(
        out,
        "    pub const ALL: [{name}; {}] = [",
        vocab.items.len()
    );
    for item in vocab.items {
        put_line!(out, "        {name}::{},", item.name);
    }
    put_line!(out, "    ];\n");
    put_line!(out, "    /// The value's name, as `Display` prints it.");
    put_line!(
        out,
        "    pub const fn as_str(self) -> &'static str {{\n        match self {{"
    );
    for item in vocab.items {
        put_line!(
            out,
            "            {name}::{} => {},",
            item.name,
            lit(item.text)
        );
    }
    put_line!(out, "        }}\n    }}\n}}\n");
    put_line!(
        out,
        "impl core::fmt::Display for {name} {{\n    \
             fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {{\n        \
                 f.write_str(self.as_str())\n    \
             }}\n\
         }}\n"
    );
    // A unit variant by its identifier, as `#[derive(Serialize)]` writes it (see `emit_info`).
    put_line!(out, "#[cfg(feature = \"serde\")]");
    put_line!(out, "impl serde::Serialize for {name} {{");
    put_line!(
        out,
        "    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {{"
    );
    put_line!(out, "        let (index, variant) = match self {{");
    for (index, item) in vocab.items.iter().enumerate() {
        put_line!(
            out,
            "            {name}::{} => ({index}, {:?}),",
            item.name,
            item.name
        );
    }
    put_line!(out, "        }};");
    put_line!(
        out,
        "        serializer.serialize_unit_variant({name:?}, index, variant)\n    }}\n}}\n"
    );
}

// ---- docs ----------------------------------------------------------------------------------
