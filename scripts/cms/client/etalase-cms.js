/*
 * Etalase's additions to Decap CMS, loaded after decap-cms.js on /admin/ (no inline script, so
 * the page keeps a Content-Security-Policy without 'unsafe-inline' for scripts).
 *
 * 1. Bahasa Indonesia for the CMS itself: decap-cms-locales has no Indonesian, so the words staff
 *    see most are translated here; anything missing falls back to English (Decap merges the
 *    registered locale over its English one).
 * 2. A field emptied in the form is left out of the file. Decap writes it as "" (or null, or an
 *    empty group), which the schema reads as a field that is there but empty; leaving it out is
 *    what an optional field means, and a required one is then named as missing by npm run check.
 * 3. Price and date fields of our own (below): "150.000" is refused instead of read as 150, and
 *    dates are typed day first with a 24-hour clock whatever the browser's language; an end
 *    before the start is refused in the form.
 * 4. Deleting a business or an event deletes its English text too, and a business that an event
 *    still lists is not deleted (the event would point at nothing and stop the build).
 * 5. The English texts (`<slug>.en.md`) sit beside the Indonesian files in pengrajin/ and acara/,
 *    and Decap's folder collections cannot leave files out by name, so every backend's folder
 *    listing drops them here. They are edited in the "teks bahasa Inggris" collection instead.
 */
/* global CMS, createClass, h */
(() => {
  var id = {
    auth: {
      login: "Masuk",
      loggingIn: "Sedang masuk...",
      loginWithGitHub: "Masuk dengan GitHub",
      loginWithGitLab: "Masuk dengan GitLab",
      loginWithNetlifyIdentity: "Masuk dengan Netlify Identity",
      errors: { email: "Isi alamat e-mail Anda.", password: "Isi kata sandi Anda." },
    },
    app: {
      header: {
        content: "Konten",
        workflow: "Alur kerja",
        media: "Foto",
        quickAdd: "Tambah cepat",
      },
      app: {
        errorHeader: "Konfigurasi CMS tidak bisa dimuat",
        configErrors: "Kesalahan konfigurasi",
        checkConfigYml: "Periksa berkas config.yml.",
        loadingConfig: "Memuat konfigurasi...",
        waitingBackend: "Menunggu server...",
      },
      notFoundPage: { header: "Tidak ditemukan" },
    },
    collection: {
      sidebar: {
        collections: "Koleksi",
        allCollections: "Semua koleksi",
        searchAll: "Cari di semua",
        searchIn: "Cari di",
      },
      collectionTop: {
        sortBy: "Urutkan",
        viewAs: "Tampilan",
        viewAsList: "Tampilan daftar",
        viewAsGrid: "Tampilan kotak",
        newButton: "Tambah %{collectionLabel}",
        newButtonAriaLabel: "Buat %{collectionLabel} baru",
        ascending: "Naik",
        descending: "Turun",
        searchResults: 'Hasil pencarian "%{searchTerm}"',
        searchResultsInCollection: 'Hasil pencarian "%{searchTerm}" di %{collection}',
        filterBy: "Saring",
        groupBy: "Kelompokkan",
      },
      entries: {
        loadingEntries: "Memuat isi...",
        cachingEntries: "Menyiapkan isi...",
        longerLoading: "Ini bisa makan waktu beberapa menit",
        noEntries: "Belum ada isi",
        unpublishedHeader: "Belum diterbitkan",
      },
      groups: { other: "Lainnya", negateLabel: "Bukan %{label}" },
      defaultFields: { author: { label: "Penulis" }, updatedOn: { label: "Diubah pada" } },
    },
    editor: {
      editorControl: {
        field: { optional: "boleh dikosongkan", widgetLabel: "kolom %{widgetLabel}" },
      },
      editorControlPane: {
        widget: {
          required: "%{fieldLabel} wajib diisi.",
          regexPattern: "%{fieldLabel} belum benar: %{pattern}",
          processing: "%{fieldLabel} sedang diproses.",
          range: "%{fieldLabel} harus di antara %{minValue} dan %{maxValue}.",
          min: "%{fieldLabel} paling kecil %{minValue}.",
          max: "%{fieldLabel} paling besar %{maxValue}.",
          rangeCount: "%{fieldLabel} harus berisi %{minCount} sampai %{maxCount} isian.",
          rangeCountExact: "%{fieldLabel} harus berisi tepat %{count} isian.",
          rangeMin: "%{fieldLabel} paling sedikit berisi %{minCount} isian.",
          rangeMax: "%{fieldLabel} paling banyak berisi %{maxCount} isian.",
          invalidPath: "'%{path}' bukan nama berkas yang sah",
          pathExists: "Berkas '%{path}' sudah ada",
        },
      },
      editor: {
        onLeavePage:
          "Yakin ingin meninggalkan halaman ini? Perubahan yang belum disimpan akan hilang.",
        onDeleteWithUnsavedChanges:
          "Yakin ingin menghapus isian ini beserta perubahan yang belum disimpan?",
        onDeletePublishedEntry: "Yakin ingin menghapus isian ini?",
        loadingEntry: "Memuat isian...",
        confirmLoadBackup:
          "Ada salinan cadangan yang belum disimpan untuk isian ini. Pakai salinan itu?",
      },
      editorInterface: {
        togglePreview: "Tampilkan/sembunyikan pratinjau",
        toggleScrollSync: "Gulir bersamaan",
      },
      editorToolbar: {
        publishing: "Menerbitkan...",
        publish: "Terbitkan",
        published: "Sudah terbit",
        duplicate: "Gandakan",
        publishAndCreateNew: "Terbitkan dan buat baru",
        publishAndDuplicate: "Terbitkan dan gandakan",
        deletePublishedEntry: "Hapus isian",
        deleteEntry: "Hapus isian",
        saving: "Menyimpan...",
        save: "Simpan",
        deleting: "Menghapus...",
        updating: "Memperbarui...",
        status: "Status: %{status}",
        backCollection: " Menulis di koleksi %{collectionLabel}",
        unsavedChanges: "Belum disimpan",
        changesSaved: "Perubahan tersimpan",
        draft: "Draf",
        inReview: "Diperiksa",
        ready: "Siap",
        publishNow: "Terbitkan sekarang",
        deployPreviewPendingButtonLabel: "Periksa pratinjau",
        deployPreviewButtonLabel: "Lihat pratinjau",
        deployButtonLabel: "Lihat di situs",
      },
      editorWidgets: {
        markdown: {
          bold: "Tebal",
          italic: "Miring",
          link: "Tautan",
          linkPrompt: "Tulis alamat tautan",
          headings: "Judul",
          quote: "Kutipan",
          bulletedList: "Daftar berpoin",
          numberedList: "Daftar bernomor",
          richText: "Teks biasa",
          markdown: "Markdown",
          toggleMode: { rich: "Ganti ke teks biasa", markdown: "Ganti ke Markdown" },
        },
        image: {
          choose: "Pilih foto",
          chooseMultiple: "Pilih foto",
          chooseDifferent: "Ganti foto",
          addMore: "Tambah foto",
          remove: "Hapus foto",
          removeAll: "Hapus semua foto",
        },
        headingOptions: { headingTwo: "Judul 2", headingThree: "Judul 3" },
        datetime: {
          now: "Sekarang",
          clear: "Kosongkan",
          setToNow: "Isi %{fieldLabel} dengan waktu sekarang",
        },
        list: { add: "Tambah %{item}", addType: "Tambah %{item}" },
        object: { expand: "Buka", collapse: "Tutup" },
      },
    },
    mediaLibrary: {
      mediaLibraryCard: {
        draft: "Draf",
        copy: "Salin",
        copyUrl: "Salin alamat",
        copyPath: "Salin jalur",
        copyName: "Salin nama",
        copied: "Tersalin",
      },
      mediaLibrary: {
        onDelete: "Yakin ingin menghapus foto yang dipilih?",
        fileTooLarge: "Berkas terlalu besar.\nPaling besar %{size} kB.",
      },
      mediaLibraryModal: {
        loading: "Memuat...",
        close: "Tutup",
        noResults: "Tidak ada hasil.",
        noAssetsFound: "Belum ada berkas.",
        noImagesFound: "Belum ada foto.",
        images: "Foto",
        mediaAssets: "Berkas",
        search: "Cari...",
        uploading: "Mengunggah...",
        upload: "Unggah foto",
        download: "Unduh",
        deleting: "Menghapus...",
        deleteSelected: "Hapus yang dipilih",
        chooseSelected: "Pakai yang dipilih",
      },
    },
    ui: {
      default: { goBackToSite: "Kembali ke situs" },
      errorBoundary: {
        title: "Terjadi kesalahan",
        details: "Terjadi kesalahan. Mohon ",
        reportIt: "laporkan ke pengembang.",
        detailsHeading: "Rincian",
      },
      settingsDropdown: { logOut: "Keluar", account: "Pilihan akun" },
      toast: {
        onFailToLoadEntries: "Gagal memuat isian: %{details}",
        onFailToPersist: "Gagal menyimpan: %{details}",
        onFailToDelete: "Gagal menghapus: %{details}",
        missingRequiredField:
          "Ada kolom yang masih kosong atau belum benar: lihat pesan merah di formulir. / A field is empty or not right yet: see the red message in the form.",
        entrySaved: "Tersimpan",
        entryPublished: "Sudah diterbitkan",
        entryUpdated: "Status diperbarui",
        onLoggedOut: "Anda sudah keluar. Simpan salinan isian Anda, lalu masuk lagi.",
        onBackendDown: "Server sedang bermasalah. Lihat %{details}.",
      },
    },
  };

  CMS.registerLocale("id", id);

  // Decap's entry data are Immutable.js values: a List has push, a Map has deleteIn but no push.
  function isList(value) {
    return (
      value !== null &&
      typeof value === "object" &&
      typeof value.push === "function" &&
      typeof value.deleteIn === "function"
    );
  }
  function isMap(value) {
    return (
      value !== null &&
      typeof value === "object" &&
      typeof value.deleteIn === "function" &&
      typeof value.push !== "function"
    );
  }
  // A group is empty when nothing is left in it but switches that are off: a new entry gets
  // `foto: {ilustrasi: false}` from the switch's default, and an optional group holding only
  // that is a photo nobody chose (npm run check would ask for its file and description).
  function prune(value, nested) {
    if (value === "" || value === null || value === undefined) return undefined;
    if (isList(value)) {
      return value.map((item) => prune(item, true)).filter((item) => item !== undefined);
    }
    if (isMap(value)) {
      let out = value;
      value.forEach((item, key) => {
        var kept = prune(item, true);
        out = kept === undefined ? out.delete(key) : out.set(key, kept);
      });
      const onlySwitchesOff = out.every((item) => item === false);
      return out.size && !(nested && onlySwitchesOff) ? out : undefined;
    }
    return value;
  }
  CMS.registerEventListener({
    name: "preSave",
    handler: (event) => {
      var data = event.entry.get("data");
      return prune(data, false) || data.clear();
    },
  });

  // Widgets of our own where the browser's would change what staff typed or show it the American
  // way: a price field that refuses "150.000" (a number input reads it as 150) and date fields
  // written day first with a 24-hour clock (Chromium's date inputs follow the browser's language).
  function invalid(message) {
    return { error: { type: "CUSTOM", message: message } };
  }
  function empty(value) {
    return value === "" || value === null || value === undefined;
  }
  function textInput(control, value, extra) {
    var props = {
      type: "text",
      id: control.props.forID,
      className: control.props.classNameWrapper,
      value: empty(value) ? "" : String(value),
      onChange: control.handleChange,
      onFocus: control.props.setActiveStyle,
      onBlur: control.props.setInactiveStyle,
      autoComplete: "off",
    };
    Object.keys(extra).forEach((key) => {
      props[key] = extra[key];
    });
    return h("input", props);
  }

  var RupiahControl = createClass({
    handleChange: function (event) {
      var text = event.target.value;
      var trimmed = text.trim();
      this.props.onChange(
        trimmed === "" ? "" : /^[0-9]{1,15}$/.test(trimmed) ? Number(trimmed) : text,
      );
    },
    isValid: function () {
      var value = this.props.value;
      if (empty(value) || typeof value === "number") return true;
      var label = this.props.field.get("label");
      // "150.000", "Rp 1.500.000": the digits are what was meant.
      var grouped = /^\s*(Rp\.?\s*)?[0-9]{1,3}([.,][0-9]{3})+\s*$/i.test(value);
      var example = grouped ? String(value).replace(/[^0-9]/g, "") : "150000";
      return invalid(
        `${label}: tulis angka saja, tanpa titik dan tanpa Rp: tulis ${example}. / Digits only, without dots or Rp: write ${example}.`,
      );
    },
    render: function () {
      return textInput(this, this.props.value, { inputMode: "numeric", placeholder: "150000" });
    },
  });

  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }
  // Stored as the schema wants it: "YYYY-MM-DD" or "YYYY-MM-DD HH:mm".
  function stored(value, withTime) {
    if (value instanceof Date && !Number.isNaN(value)) {
      const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
      return withTime ? `${day} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}` : day;
    }
    var text = String(value).trim();
    return (withTime ? /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/ : /^\d{4}-\d{2}-\d{2}$/).test(text)
      ? text
      : undefined;
  }
  // What staff type: 25-10-2026 19:00, also with / or . and 19.00; an ISO date is taken as it is.
  function parseTyped(text, withTime) {
    var m = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ ,T]+(\d{1,2})[:.](\d{2}))?\s*$/.exec(text);
    var iso = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?\s*$/.exec(text);
    var parts = m
      ? { d: +m[1], mo: +m[2], y: +m[3], h: m[4], mi: m[5] }
      : iso
        ? { d: +iso[3], mo: +iso[2], y: +iso[1], h: iso[4], mi: iso[5] }
        : undefined;
    if (!parts || (parts.h !== undefined) !== withTime) return undefined;
    var date = new Date(Date.UTC(parts.y, parts.mo - 1, parts.d));
    if (
      date.getUTCFullYear() !== parts.y ||
      date.getUTCMonth() !== parts.mo - 1 ||
      date.getUTCDate() !== parts.d
    )
      return undefined;
    var out = `${parts.y}-${pad(parts.mo)}-${pad(parts.d)}`;
    if (!withTime) return out;
    if (+parts.h > 23 || +parts.mi > 59) return undefined;
    return `${out} ${pad(+parts.h)}:${parts.mi}`;
  }
  function shown(value, withTime) {
    var canonical = stored(value, withTime);
    if (!canonical) return empty(value) ? "" : String(value);
    var out = `${canonical.slice(8, 10)}-${canonical.slice(5, 7)}-${canonical.slice(0, 4)}`;
    return withTime ? `${out} ${canonical.slice(11)}` : out;
  }

  var DateControl = createClass({
    withTime: function () {
      return this.props.field.get("time") === true;
    },
    handleChange: function (event) {
      var text = event.target.value;
      this.props.onChange(text.trim() === "" ? "" : parseTyped(text, this.withTime()) || text);
    },
    isValid: function () {
      var value = this.props.value;
      if (empty(value)) return true;
      var withTime = this.withTime();
      var label = this.props.field.get("label");
      var canonical = stored(value, withTime);
      if (!canonical)
        return invalid(
          withTime
            ? `${label}: tulis tanggal dan jam seperti 25-10-2026 19:00 (hari-bulan-tahun, jam 24). / Write the date and time like 25-10-2026 19:00 (day-month-year, 24-hour clock).`
            : `${label}: tulis tanggal seperti 25-10-2026 (hari-bulan-tahun). / Write the date like 25-10-2026 (day-month-year).`,
        );
      var after = this.props.field.get("after");
      var entry = this.props.entry;
      var start = after && entry ? stored(entry.getIn(["data", after]) || "", withTime) : undefined;
      if (start && canonical < start)
        return invalid(
          `${label} (${shown(canonical, withTime)}) tidak boleh sebelum mulai (${shown(start, withTime)}); tulis waktu selesai yang sama atau sesudahnya. / The end cannot be before the start; write an end at or after it.`,
        );
      return true;
    },
    render: function () {
      var withTime = this.withTime();
      return textInput(this, shown(this.props.value, withTime), {
        placeholder: withTime
          ? "HH-BB-TTTT JJ:MM, misalnya 25-10-2026 19:00"
          : "HH-BB-TTTT, misalnya 25-10-2026",
      });
    },
  });

  CMS.registerWidget("rupiah", RupiahControl);
  CMS.registerWidget("tanggal", DateControl);

  var TRANSLATION = /\.en\.md$/;
  function withoutTranslations(list) {
    return list.filter((entry) => !TRANSLATION.test(entry?.file ? entry.file.path : ""));
  }
  var ENTRY = /^(.*)\/(pengrajin|acara)\/([^/]+)\.md$/;
  function entryOf(path) {
    var match = ENTRY.exec(path);
    return match && !TRANSLATION.test(path)
      ? { centre: match[1], section: match[2], slug: match[3] }
      : undefined;
  }
  // The slugs of an event's `pengrajin:` list, flow ([a, b]) or block (- a), read from its text.
  function listedBusinesses(raw) {
    var front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(raw || "");
    var list = front && /^pengrajin:[ \t]*(\[[^\]]*\]|(?:\r?\n[ \t]*-[^\n]*)*)/m.exec(front[1]);
    if (!list) return [];
    var items =
      list[1].charAt(0) === "[" ? list[1].slice(1, -1).split(",") : list[1].split(/\r?\n[ \t]*-/);
    return items.map((item) => item.trim().replace(/^["']|["']$/g, "")).filter(Boolean);
  }
  function refuseListedBusinesses(implementation, paths) {
    var businesses = paths.map(entryOf).filter((entry) => entry && entry.section === "pengrajin");
    return Promise.all(
      businesses.map((business) =>
        Promise.resolve(implementation.entriesByFolder(`${business.centre}/acara`, "md", 1)).then(
          (events) =>
            events
              .filter((event) => listedBusinesses(event.data).indexOf(business.slug) !== -1)
              .map((event) => event.file.path),
        ),
      ),
    ).then((lists) => {
      var events = [].concat.apply([], lists);
      if (!events.length) return;
      throw new Error(
        "Usaha ini belum bisa dihapus: acara " +
          events.join(", ") +
          ' masih mencantumkannya. Buka acara itu, hapus usaha ini dari kolom "Usaha yang tampil", terbitkan, lalu hapus usahanya. / ' +
          "This business cannot be deleted yet: the event(s) " +
          events.join(", ") +
          ' still list it. Remove it from the event\'s "Usaha yang tampil" field, publish, then delete the business.',
      );
    });
  }
  // An entry's English text (`<slug>.en.md`) goes with it; the CMS lists it elsewhere.
  function existingTranslations(implementation, paths) {
    return Promise.all(
      paths.map((path) => {
        var entry = entryOf(path);
        var english = entry && `${entry.centre}/${entry.section}/${entry.slug}.en.md`;
        if (!english || paths.indexOf(english) !== -1) return undefined;
        return Promise.resolve(implementation.getEntry(english)).then(
          () => english,
          () => undefined,
        );
      }),
    ).then((found) => found.filter(Boolean));
  }

  ["proxy", "github", "gitlab", "gitea", "git-gateway", "bitbucket", "azure", "forgejo"].forEach(
    (name) => {
      var backend = CMS.getBackend(name);
      if (!backend) return;
      var init = backend.init;
      backend.init = (...args) => {
        var implementation = init.apply(null, args);
        ["entriesByFolder", "allEntriesByFolder"].forEach((method) => {
          var original = implementation[method];
          if (typeof original !== "function") return;
          implementation[method] = (...args) =>
            Promise.resolve(original.apply(implementation, args)).then(withoutTranslations);
        });
        var deleteFiles = implementation.deleteFiles;
        if (typeof deleteFiles === "function") {
          implementation.deleteFiles = (paths, commitMessage) =>
            refuseListedBusinesses(implementation, paths)
              .then(() => existingTranslations(implementation, paths))
              .then((english) =>
                deleteFiles.call(implementation, paths.concat(english), commitMessage),
              );
        }
        return implementation;
      };
    },
  );
})();
