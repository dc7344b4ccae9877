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
 * 3. The English texts (`<slug>.en.md`) sit beside the Indonesian files in pengrajin/ and acara/,
 *    and Decap's folder collections cannot leave files out by name, so every backend's folder
 *    listing drops them here. They are edited in the "teks bahasa Inggris" collection instead.
 */
/* global CMS */
(function () {
  "use strict";
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
      header: { content: "Konten", workflow: "Alur kerja", media: "Foto", quickAdd: "Tambah cepat" },
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
      sidebar: { collections: "Koleksi", allCollections: "Semua koleksi", searchAll: "Cari di semua", searchIn: "Cari di" },
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
      editorControl: { field: { optional: "boleh dikosongkan", widgetLabel: "kolom %{widgetLabel}" } },
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
        onLeavePage: "Yakin ingin meninggalkan halaman ini? Perubahan yang belum disimpan akan hilang.",
        onDeleteWithUnsavedChanges: "Yakin ingin menghapus isian ini beserta perubahan yang belum disimpan?",
        onDeletePublishedEntry: "Yakin ingin menghapus isian ini?",
        loadingEntry: "Memuat isian...",
        confirmLoadBackup: "Ada salinan cadangan yang belum disimpan untuk isian ini. Pakai salinan itu?",
      },
      editorInterface: { togglePreview: "Tampilkan/sembunyikan pratinjau", toggleScrollSync: "Gulir bersamaan" },
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
        datetime: { now: "Sekarang", clear: "Kosongkan", setToNow: "Isi %{fieldLabel} dengan waktu sekarang" },
        list: { add: "Tambah %{item}", addType: "Tambah %{item}" },
        object: { expand: "Buka", collapse: "Tutup" },
      },
    },
    mediaLibrary: {
      mediaLibraryCard: { draft: "Draf", copy: "Salin", copyUrl: "Salin alamat", copyPath: "Salin jalur", copyName: "Salin nama", copied: "Tersalin" },
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
      errorBoundary: { title: "Terjadi kesalahan", details: "Terjadi kesalahan. Mohon ", reportIt: "laporkan ke pengembang.", detailsHeading: "Rincian" },
      settingsDropdown: { logOut: "Keluar", account: "Pilihan akun" },
      toast: {
        onFailToLoadEntries: "Gagal memuat isian: %{details}",
        onFailToPersist: "Gagal menyimpan: %{details}",
        onFailToDelete: "Gagal menghapus: %{details}",
        missingRequiredField: "Masih ada kolom wajib yang kosong. Lengkapi dulu sebelum menyimpan.",
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
    return value !== null && typeof value === "object" && typeof value.push === "function" && typeof value.deleteIn === "function";
  }
  function isMap(value) {
    return value !== null && typeof value === "object" && typeof value.deleteIn === "function" && typeof value.push !== "function";
  }
  function prune(value) {
    if (value === "" || value === null || value === undefined) return undefined;
    if (isList(value)) {
      return value.map(prune).filter(function (item) {
        return item !== undefined;
      });
    }
    if (isMap(value)) {
      var out = value;
      value.forEach(function (item, key) {
        var kept = prune(item);
        out = kept === undefined ? out.delete(key) : out.set(key, kept);
      });
      return out.size ? out : undefined;
    }
    return value;
  }
  CMS.registerEventListener({
    name: "preSave",
    handler: function (event) {
      var data = event.entry.get("data");
      return prune(data) || data.clear();
    },
  });

  var TRANSLATION = /\.en\.md$/;
  function withoutTranslations(list) {
    return list.filter(function (entry) {
      return !TRANSLATION.test(entry && entry.file ? entry.file.path : "");
    });
  }
  ["proxy", "github", "gitlab", "gitea", "git-gateway", "bitbucket", "azure", "forgejo"].forEach(function (name) {
    var backend = CMS.getBackend(name);
    if (!backend) return;
    var init = backend.init;
    backend.init = function () {
      var implementation = init.apply(null, arguments);
      ["entriesByFolder", "allEntriesByFolder"].forEach(function (method) {
        var original = implementation[method];
        if (typeof original !== "function") return;
        implementation[method] = function () {
          return Promise.resolve(original.apply(implementation, arguments)).then(withoutTranslations);
        };
      });
      return implementation;
    };
  });
})();
