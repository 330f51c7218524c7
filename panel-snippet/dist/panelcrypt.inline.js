(function () {
'use strict';
const wasmGlue = (function () {
/**
 * An opened bundle: header MAC verified, manifest decrypted and validated.
 * Holds the bundle key inside wasm memory (zeroed when freed).
 */
class Bundle {
    static __wrap(ptr) {
        const obj = Object.create(Bundle.prototype);
        obj.__wbg_ptr = ptr;
        BundleFinalization.register(obj, obj.__wbg_ptr, obj);
        return obj;
    }
    __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        BundleFinalization.unregister(this);
        return ptr;
    }
    free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_bundle_free(ptr, 0);
    }
    /**
     * The bundle id, hex.
     * @returns {string}
     */
    get bundle_id() {
        let deferred1_0;
        let deferred1_1;
        try {
            const ret = wasm.bundle_bundle_id(this.__wbg_ptr);
            deferred1_0 = ret[0];
            deferred1_1 = ret[1];
            return getStringFromWasm0(ret[0], ret[1]);
        } finally {
            wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
        }
    }
    /**
     * The object to fetch for `name` shown `target_px` device pixels wide:
     * `{"id", "variant", "len", "type", "width", "height"}` as JSON.
     * @param {string} name
     * @param {number} target_px
     * @returns {string}
     */
    choose(name, target_px) {
        let deferred4_0;
        let deferred4_1;
        try {
            const val2 = +target_px;
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.bundle_choose(this.__wbg_ptr, ptr0, len0, val2);
            var ptr3 = ret[0];
            var len3 = ret[1];
            if (ret[3]) {
                ptr3 = 0; len3 = 0;
                throw takeFromExternrefTable0(ret[2]);
            }
            deferred4_0 = ptr3;
            deferred4_1 = len3;
            return getStringFromWasm0(ptr3, len3);
        } finally {
            wasm.__wbindgen_free(deferred4_0, deferred4_1, 1);
        }
    }
    /**
     * Decrypts object `id` (32 hex digits, from [`Bundle::choose`]) from its
     * ciphertext `ct` (all of `o/<id>`). Resolves to a `Blob` of the
     * object's media type, built only after everything verified; rejects
     * with code `object_verification` otherwise. Uses WebCrypto when
     * `crypto.subtle` exists.
     * @param {string} id
     * @param {Uint8Array} ct
     * @returns {Promise<any>}
     */
    decrypt(id, ct) {
        const ptr0 = passStringToWasm0(id, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.bundle_decrypt(this.__wbg_ptr, ptr0, len0, ct);
        return ret;
    }
    /**
     * [`Bundle::decrypt`] with an explicit engine: `webcrypto = false`
     * forces the pure-Rust path (tests and benchmarks).
     * @param {string} id
     * @param {Uint8Array} ct
     * @param {boolean} webcrypto
     * @returns {Promise<any>}
     */
    decrypt_with(id, ct, webcrypto) {
        const val2 = +webcrypto;
        const ptr0 = passStringToWasm0(id, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.bundle_decrypt_with(this.__wbg_ptr, ptr0, len0, ct, val2);
        return ret;
    }
    /**
     * `{"name", "width", "height", "placeholder": {"type","data"}|null,
     * "variants": [widths]}` as JSON.
     * @param {string} name
     * @returns {string}
     */
    entry(name) {
        let deferred3_0;
        let deferred3_1;
        try {
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.bundle_entry(this.__wbg_ptr, ptr0, len0);
            var ptr2 = ret[0];
            var len2 = ret[1];
            if (ret[3]) {
                ptr2 = 0; len2 = 0;
                throw takeFromExternrefTable0(ret[2]);
            }
            deferred3_0 = ptr2;
            deferred3_1 = len2;
            return getStringFromWasm0(ptr2, len2);
        } finally {
            wasm.__wbindgen_free(deferred3_0, deferred3_1, 1);
        }
    }
    /**
     * Every logical name in the bundle, sorted.
     * @returns {string[]}
     */
    names() {
        const ret = wasm.bundle_names(this.__wbg_ptr);
        var v1 = getArrayJsValueFromWasm0(ret[0], ret[1]);
        wasm.__wbindgen_free(ret[0], ret[1] * 4, 4);
        return v1;
    }
    /**
     * Parses `header` (all of `header.pcb`), checks it against `key` (the
     * 32 bytes from the key service): header MAC, manifest decryption and
     * every manifest rule. `bundle_id` (hex, as the key service echoes it)
     * must match the header's, when given.
     * @param {Uint8Array | number[]} header
     * @param {Uint8Array | number[]} key
     * @param {string | null} [bundle_id]
     * @returns {Bundle}
     */
    static open(header, key, bundle_id) {
        let ptr0, len0, ptr1, len1, ptr2, len2;
        try {
            ptr0 = passArray8ToWasm0(header, wasm.__wbindgen_malloc);
            len0 = WASM_VECTOR_LEN;
            ptr1 = passArray8ToWasm0(key, wasm.__wbindgen_malloc);
            len1 = WASM_VECTOR_LEN;
            ptr2 = isLikeNone(bundle_id) ? 0 : passStringToWasm0(bundle_id, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            len2 = WASM_VECTOR_LEN;
        } catch (e) {
            if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 1, 1); }
            if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 1, 1); }
            if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 1, 1); }
            throw e;
        }
        const ret = wasm.bundle_open(ptr0, len0, ptr1, len1, ptr2, len2);
        if (ret[2]) {
            throw takeFromExternrefTable0(ret[1]);
        }
        return Bundle.__wrap(ret[0]);
    }
}
if (Symbol.dispose) Bundle.prototype[Symbol.dispose] = Bundle.prototype.free;

/**
 * `true` when `crypto.subtle` exists (a secure context): objects are then
 * decrypted with WebCrypto.
 * @returns {boolean}
 */
function has_webcrypto() {
    const ret = wasm.has_webcrypto();
    return ret !== 0;
}

/**
 * What the key service needs from a header: `{"slots": base64 of the slot
 * section, "bundle_id": hex}` as JSON. Fails on anything that is not a
 * well-formed version-1 header start.
 * @param {Uint8Array | number[]} header
 * @returns {string}
 */
function slot_section(header) {
    let deferred3_0;
    let deferred3_1;
    try {
        const ptr0 = passArray8ToWasm0(header, wasm.__wbindgen_malloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.slot_section(ptr0, len0);
        var ptr2 = ret[0];
        var len2 = ret[1];
        if (ret[3]) {
            ptr2 = 0; len2 = 0;
            throw takeFromExternrefTable0(ret[2]);
        }
        deferred3_0 = ptr2;
        deferred3_1 = len2;
        return getStringFromWasm0(ptr2, len2);
    } finally {
        wasm.__wbindgen_free(deferred3_0, deferred3_1, 1);
    }
}
function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg___wbindgen_is_function_741ff2bb612836f5: function(arg0) {
            const ret = typeof(arg0) === 'function';
            return ret;
        },
        __wbg___wbindgen_is_null_c22311b1cc228e3a: function(arg0) {
            const ret = arg0 === null;
            return ret;
        },
        __wbg___wbindgen_is_undefined_be5b34249ff1fc15: function(arg0) {
            const ret = arg0 === undefined;
            return ret;
        },
        __wbg___wbindgen_throw_4c88d8bf264fd984: function(arg0, arg1) {
            throw new Error(getStringFromWasm0(arg0, arg1));
        },
        __wbg__wbg_cb_unref_09736879a3f67559: function(arg0) {
            arg0._wbg_cb_unref();
        },
        __wbg_all_79a70a4b6aca6f9e: function(arg0) {
            const ret = Promise.all(arg0);
            return ret;
        },
        __wbg_byteLength_fa48f24814f5ef46: function(arg0) {
            const ret = arg0.byteLength;
            return ret;
        },
        __wbg_call_a410eb4b59ed5965: function() { return handleError(function (arg0, arg1, arg2) {
            const ret = arg0.call(arg1, arg2);
            return ret;
        }, arguments); },
        __wbg_decrypt_5cecfb3466b06fd8: function() { return handleError(function (arg0, arg1, arg2, arg3) {
            const ret = arg0.decrypt(arg1, arg2, arg3);
            return ret;
        }, arguments); },
        __wbg_fill_6ab2ffab47cad7ab: function(arg0, arg1, arg2, arg3) {
            const ret = arg0.fill(arg1, arg2 >>> 0, arg3 >>> 0);
            return ret;
        },
        __wbg_get_2080c49015e35254: function() { return handleError(function (arg0, arg1) {
            const ret = Reflect.get(arg0, arg1);
            return ret;
        }, arguments); },
        __wbg_get_d7176cfb76d71114: function(arg0, arg1) {
            const ret = arg0[arg1 >>> 0];
            return ret;
        },
        __wbg_importKey_d8db521a98ea1991: function() { return handleError(function (arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7) {
            const ret = arg0.importKey(getStringFromWasm0(arg1, arg2), arg3, getStringFromWasm0(arg4, arg5), arg6 !== 0, arg7);
            return ret;
        }, arguments); },
        __wbg_instanceof_SubtleCrypto_72dd685a107b4b5f: function(arg0) {
            let result;
            try {
                result = arg0 instanceof SubtleCrypto;
            } catch (_) {
                result = false;
            }
            const ret = result;
            return ret;
        },
        __wbg_length_186163212ffe79c3: function(arg0) {
            const ret = arg0.length;
            return ret;
        },
        __wbg_new_37eb45aaf5eeb820: function() {
            const ret = new Array();
            return ret;
        },
        __wbg_new_787b9fb330d55d78: function(arg0, arg1) {
            const ret = new Error(getStringFromWasm0(arg0, arg1));
            return ret;
        },
        __wbg_new_cd4348290afae586: function() {
            const ret = new Object();
            return ret;
        },
        __wbg_new_from_slice_b8daf545a41c6aa0: function(arg0, arg1) {
            const ret = new Uint8Array(getArrayU8FromWasm0(arg0, arg1));
            return ret;
        },
        __wbg_new_typed_e09da9dae6ee5935: function(arg0, arg1) {
            try {
                var state0 = {a: arg0, b: arg1};
                var cb0 = (arg0, arg1) => {
                    const a = state0.a;
                    state0.a = 0;
                    try {
                        return wasm_bindgen__convert__closures_____invoke__h3dca74d1efd09ef0(a, state0.b, arg0, arg1);
                    } finally {
                        state0.a = a;
                    }
                };
                const ret = new Promise(cb0);
                return ret;
            } finally {
                state0.a = 0;
            }
        },
        __wbg_new_with_buffer_source_sequence_and_options_ea80baf2bc7ac33a: function() { return handleError(function (arg0, arg1) {
            const ret = new Blob(arg0, arg1);
            return ret;
        }, arguments); },
        __wbg_new_with_byte_offset_and_length_3cd32055a417f095: function(arg0, arg1, arg2) {
            const ret = new Uint8Array(arg0, arg1 >>> 0, arg2 >>> 0);
            return ret;
        },
        __wbg_new_with_length_a3dc62dea6e2e158: function(arg0) {
            const ret = new Array(arg0 >>> 0);
            return ret;
        },
        __wbg_of_027eb15371aac932: function(arg0) {
            const ret = Array.of(arg0);
            return ret;
        },
        __wbg_prototypesetcall_13162965d1fe7aa3: function(arg0, arg1, arg2) {
            Uint8Array.prototype.set.call(getArrayU8FromWasm0(arg0, arg1), arg2);
        },
        __wbg_push_c9f4893fc209f768: function(arg0, arg1) {
            const ret = arg0.push(arg1);
            return ret;
        },
        __wbg_queueMicrotask_1e8503a8a690f0a3: function(arg0) {
            const ret = arg0.queueMicrotask;
            return ret;
        },
        __wbg_queueMicrotask_4a1a4d8dd332373b: function(arg0) {
            queueMicrotask(arg0);
        },
        __wbg_resolve_dbf78ab4942478b0: function(arg0) {
            const ret = Promise.resolve(arg0);
            return ret;
        },
        __wbg_set_2793479888329cb6: function() { return handleError(function (arg0, arg1, arg2) {
            const ret = Reflect.set(arg0, arg1, arg2);
            return ret;
        }, arguments); },
        __wbg_set_d2d33b52458e984a: function(arg0, arg1, arg2) {
            arg0[arg1 >>> 0] = arg2;
        },
        __wbg_set_iv_ed5385052ec4e125: function(arg0, arg1) {
            arg0.iv = arg1;
        },
        __wbg_set_name_cad61b43483f8727: function(arg0, arg1, arg2) {
            arg0.name = getStringFromWasm0(arg1, arg2);
        },
        __wbg_set_type_609b0cea6429d7bb: function(arg0, arg1, arg2) {
            arg0.type = getStringFromWasm0(arg1, arg2);
        },
        __wbg_static_accessor_GLOBAL_THIS_003ee833af9699fc: function() {
            const ret = typeof globalThis === 'undefined' ? undefined : globalThis;
            return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        },
        __wbg_static_accessor_GLOBAL_e4293fb22cbe77da: function() {
            const ret = typeof global === 'undefined' ? undefined : global;
            return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        },
        __wbg_static_accessor_SELF_53bb20457401453d: function() {
            const ret = typeof self === 'undefined' ? undefined : self;
            return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        },
        __wbg_static_accessor_WINDOW_b5e0810bfecb7feb: function() {
            const ret = typeof window === 'undefined' ? undefined : window;
            return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        },
        __wbg_subarray_58f388a9247ac0bb: function(arg0, arg1, arg2) {
            const ret = arg0.subarray(arg1 >>> 0, arg2 >>> 0);
            return ret;
        },
        __wbg_then_656f253a5dd7d8ea: function(arg0, arg1, arg2) {
            const ret = arg0.then(arg1, arg2);
            return ret;
        },
        __wbg_then_e3f7f2d365708be8: function(arg0, arg1) {
            const ret = arg0.then(arg1);
            return ret;
        },
        __wbindgen_generic_0000000000000001: function(arg0, arg1) {
            // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [Externref], shim_idx: 22, ret: Result(Unit), inner_ret: Some(Result(Unit)) }, mutable: true }) -> Externref`.
            const ret = makeMutClosure(arg0, arg1, wasm_bindgen__convert__closures_____invoke__h93e06a32c257c647);
            return ret;
        },
        __wbindgen_generic_0000000000000002: function(arg0, arg1) {
            // Cast intrinsic for `Ref(String) -> Externref`.
            const ret = getStringFromWasm0(arg0, arg1);
            return ret;
        },
        __wbindgen_init_externref_table: function() {
            const table = wasm.__wbindgen_externrefs;
            table.set(0, undefined);
            table.set(1024, undefined);
            table.set(1025, null);
            table.set(1026, true);
            table.set(1027, false);
        },
    };
    return {
        __proto__: null,
        "./panelcrypt_wasm_bg.js": import0,
    };
}

function wasm_bindgen__convert__closures_____invoke__h93e06a32c257c647(arg0, arg1, arg2) {
    const ret = wasm.wasm_bindgen__convert__closures_____invoke__h93e06a32c257c647(arg0, arg1, arg2);
    if (ret[1]) {
        throw takeFromExternrefTable0(ret[0]);
    }
}

function wasm_bindgen__convert__closures_____invoke__h3dca74d1efd09ef0(arg0, arg1, arg2, arg3) {
    wasm.wasm_bindgen__convert__closures_____invoke__h3dca74d1efd09ef0(arg0, arg1, arg2, arg3);
}

const BundleFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_bundle_free(ptr, 1));

function addToExternrefTable0(obj) {
    const idx = wasm.__externref_table_alloc();
    wasm.__wbindgen_externrefs.set(idx, obj);
    return idx;
}

const CLOSURE_DTORS = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(state => wasm.__wbindgen_destroy_closure(state.a, state.b));

function getArrayJsValueFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    const mem = getDataViewMemory0();
    const result = [];
    for (let i = ptr; i < ptr + 4 * len; i += 4) {
        result.push(wasm.__wbindgen_externrefs.get(mem.getUint32(i, true)));
    }
    wasm.__externref_drop_slice(ptr, len);
    return result;
}

function getArrayU8FromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return getUint8ArrayMemory0().subarray(ptr / 1, ptr / 1 + len);
}

let cachedDataViewMemory0 = null;
function getDataViewMemory0() {
    if (cachedDataViewMemory0 === null || cachedDataViewMemory0.buffer.detached === true || (cachedDataViewMemory0.buffer.detached === undefined && cachedDataViewMemory0.buffer !== wasm.memory.buffer)) {
        cachedDataViewMemory0 = new DataView(wasm.memory.buffer);
    }
    return cachedDataViewMemory0;
}

function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}

let cachedUint8ArrayMemory0 = null;
function getUint8ArrayMemory0() {
    if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
        cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
    }
    return cachedUint8ArrayMemory0;
}

function handleError(f, args) {
    try {
        return f.apply(this, args);
    } catch (e) {
        const idx = addToExternrefTable0(e);
        wasm.__wbindgen_exn_store(idx);
    }
}

function isLikeNone(x) {
    return x === undefined || x === null;
}

function makeMutClosure(arg0, arg1, f) {
    const state = { a: arg0, b: arg1, cnt: 1 };
    const real = (...args) => {

        // First up with a closure we increment the internal reference
        // count. This ensures that the Rust closure environment won't
        // be deallocated while we're invoking it.
        state.cnt++;
        const a = state.a;
        state.a = 0;
        try {
            return f(a, state.b, ...args);
        } finally {
            state.a = a;
            real._wbg_cb_unref();
        }
    };
    real._wbg_cb_unref = () => {
        if (--state.cnt === 0) {
            wasm.__wbindgen_destroy_closure(state.a, state.b);
            state.a = 0;
            CLOSURE_DTORS.unregister(state);
        }
    };
    CLOSURE_DTORS.register(real, state, state);
    return real;
}

function passArray8ToWasm0(arg, malloc) {
    const ptr = malloc(arg.length * 1, 1) >>> 0;
    getUint8ArrayMemory0().set(arg, ptr / 1);
    WASM_VECTOR_LEN = arg.length;
    return ptr;
}

function passStringToWasm0(arg, malloc, realloc) {
    if (realloc === undefined) {
        const buf = cachedTextEncoder.encode(arg);
        const ptr = malloc(buf.length, 1) >>> 0;
        getUint8ArrayMemory0().subarray(ptr, ptr + buf.length).set(buf);
        WASM_VECTOR_LEN = buf.length;
        return ptr;
    }

    let len = arg.length;
    let ptr = malloc(len, 1) >>> 0;

    const mem = getUint8ArrayMemory0();

    let offset = 0;

    for (; offset < len; offset++) {
        const code = arg.charCodeAt(offset);
        if (code > 0x7F) break;
        mem[ptr + offset] = code;
    }
    if (offset !== len) {
        if (offset !== 0) {
            arg = arg.slice(offset);
        }
        ptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;
        const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);
        const ret = cachedTextEncoder.encodeInto(arg, view);

        offset += ret.written;
        ptr = realloc(ptr, len, offset, 1) >>> 0;
    }

    WASM_VECTOR_LEN = offset;
    return ptr;
}

function takeFromExternrefTable0(idx) {
    const value = wasm.__wbindgen_externrefs.get(idx);
    wasm.__externref_table_dealloc(idx);
    return value;
}

let cachedTextDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
cachedTextDecoder.decode();
const MAX_SAFARI_DECODE_BYTES = 2146435072;
let numBytesDecoded = 0;
function decodeText(bytes) {
    numBytesDecoded += bytes.length;
    if (numBytesDecoded >= MAX_SAFARI_DECODE_BYTES) {
        cachedTextDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
        cachedTextDecoder.decode();
        numBytesDecoded = bytes.length;
    }
    return cachedTextDecoder.decode(bytes);
}

const cachedTextEncoder = new TextEncoder();

if (!('encodeInto' in cachedTextEncoder)) {
    cachedTextEncoder.encodeInto = function (arg, view) {
        const buf = cachedTextEncoder.encode(arg);
        view.set(buf);
        return {
            read: arg.length,
            written: buf.length
        };
    };
}

let WASM_VECTOR_LEN = 0;

let wasmModule, wasmInstance, wasm;
function __wbg_finalize_init(instance, module) {
    wasmInstance = instance;
    wasm = instance.exports;
    wasmModule = module;
    cachedDataViewMemory0 = null;
    cachedUint8ArrayMemory0 = null;
    wasm.__wbindgen_start();
    return wasm;
}

async function __wbg_load(module, imports) {
    if (typeof Response === 'function' && module instanceof Response) {
        if (!module.ok) {
            throw new Error("failed to fetch Wasm");
        }

        if (typeof WebAssembly.instantiateStreaming === 'function') {
            try {
                return await WebAssembly.instantiateStreaming(module, imports);
            } catch (e) {
                const validResponse = expectedResponseType(module.type);

                if (validResponse && module.headers.get('Content-Type') !== 'application/wasm') {
                    console.warn("`WebAssembly.instantiateStreaming` failed because your server does not serve Wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\n", e);

                } else { throw e; }
            }
        }

        const bytes = await module.arrayBuffer();
        return await WebAssembly.instantiate(bytes, imports);
    } else {
        const instance = await WebAssembly.instantiate(module, imports);

        if (instance instanceof WebAssembly.Instance) {
            return { instance, module };
        } else {
            return instance;
        }
    }

    function expectedResponseType(type) {
        switch (type) {
            case 'basic': case 'cors': case 'default': return true;
        }
        return false;
    }
}

function initSync(module) {
    if (wasm !== undefined) return wasm;


    if (module !== undefined) {
        if (Object.getPrototypeOf(module) === Object.prototype) {
            ({module} = module)
        } else {
            console.warn('using deprecated parameters for `initSync()`; pass a single object instead')
        }
    }

    const imports = __wbg_get_imports();
    if (!(module instanceof WebAssembly.Module)) {
        module = new WebAssembly.Module(module);
    }
    const instance = new WebAssembly.Instance(module, imports);
    return __wbg_finalize_init(instance, module);
}

let __wbg_init_promise;
async function __wbg_init(module_or_path) {
    if (wasm !== undefined) return wasm;
    if (__wbg_init_promise === undefined) {
        __wbg_init_promise = __wbg_init_once(module_or_path);
        __wbg_init_promise.catch(() => { __wbg_init_promise = undefined; });
    }
    return __wbg_init_promise;
}

async function __wbg_init_once(module_or_path) {

    if (module_or_path !== undefined) {
        if (Object.getPrototypeOf(module_or_path) === Object.prototype) {
            ({module_or_path} = module_or_path)
        } else {
            console.warn('using deprecated parameters for the initialization function; pass a single object instead')
        }
    }

    if (module_or_path === undefined) {
        throw new Error("panelcrypt: no wasm given");
    }
    const imports = __wbg_get_imports();

    if (typeof module_or_path === 'string' || (typeof Request === 'function' && module_or_path instanceof Request) || (typeof URL === 'function' && module_or_path instanceof URL)) {
        module_or_path = fetch(module_or_path);
    }

    const { instance, module } = await __wbg_load(await module_or_path, imports);

    return __wbg_finalize_init(instance, module);
}

return { default: __wbg_init, initSync: initSync, Bundle: Bundle, has_webcrypto: has_webcrypto, slot_section: slot_section };
})();
const WASM_BASE64 = 'AGFzbQEAAAAB1ANBYAN/f38Bf2ACf38Bf2ABfwBgAn9/AGADf39/AGAEf39/fwBgAX8Bf2AFf39/f38AYAABf2AEf39/fwF/YAAAYAFvAX9gBX9/f39/AX9gAn9/AW9gBn9/f39/fwBgAW8Bb2ACb28Bb2AFf39/fn8AYAJ/fgBgAAR/f39/YAACf39gA29vbwFvYAABb2ADb39/AGABbwBgA29/fwFvYAN/fn4AYAZ/f39/f38Bf2ADf39/AX5gAX4BfmABfwJ/f2ADb29vAX9gCG9/f29/f39vAW9gBG9/f38Bb2ABfwFvYAJvbwBgBG9vb28Bb2ADb39vAGACb38Bb2ACb28Bf2ADf39vAGAEf35+fwBgA35+fwF+YAR/f39+AGALf39/f39/f39/f38Bf2ADf39+AX9gBn9/f35/fwBgBn9/f31/fwBgBn9/f3x/fwBgBH9+fn4AYAZ/f39/f38Df39/YAR/f39/BH9/f39gA39/fwR/f39/YAJ/fwR/f39/YAV/f31/fwBgBX9/fH9/AX9gBX9/fH9/AGAFf39+f38Bf2AFf39+f38AYAV/f31/fwF/YAN/f28Cf39gBX9/f29/AW9gBH9/f28Bb2AEf39vbwBgAAN/f38ClhUsFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzG19fd2JnX3RoZW5fNjU2ZjI1M2E1ZGQ3ZDhlYQAVFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzLl9fd2JnX2luc3RhbmNlb2ZfU3VidGxlQ3J5cHRvXzcyZGQ2ODVhMTA3YjRiNWYACxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcyBfX3diZ19uZXdfdHlwZWRfZTA5ZGE5ZGFlNmVlNTkzNQANFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzGl9fd2JnX25ld19jZDQzNDgyOTBhZmFlNTg2ABYXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMfX193Ymdfc2V0X3R5cGVfNjA5YjBjZWE2NDI5ZDdiYgAXFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzQl9fd2JnX25ld193aXRoX2J1ZmZlcl9zb3VyY2Vfc2VxdWVuY2VfYW5kX29wdGlvbnNfZWE4MGJhZjJiYzdhYzMzYQAQFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzGl9fd2JnX25ld183ODdiOWZiMzMwZDU1ZDc4AA0XLi9wYW5lbGNyeXB0X3dhc21fYmcuanMaX193Ymdfc2V0XzI3OTM0Nzk4ODgzMjljYjYAHxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcyRfX3diZ19fd2JnX2NiX3VucmVmXzA5NzM2ODc5YTNmNjc1NTkAGBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxtfX3diZ19jYWxsX2E0MTBlYjRiNTllZDU5NjUAFRcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcx1fX3diZ19sZW5ndGhfMTg2MTYzMjEyZmZlNzljMwALFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzJV9fd2JnX25ld19mcm9tX3NsaWNlX2I4ZGFmNTQ1YTQxYzZhYTAADRcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxlfX3diZ19vZl8wMjdlYjE1MzcxYWFjOTMyAA8XLi9wYW5lbGNyeXB0X3dhc21fYmcuanMfX193Ymdfc3ViYXJyYXlfNThmMzg4YTkyNDdhYzBiYgAZFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzIF9fd2JnX2ltcG9ydEtleV9kOGRiNTIxYTk4ZWExOTkxACAXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMbX193YmdfZmlsbF82YWIyZmZhYjQ3Y2FkN2FiACEXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMmX193YmdfbmV3X3dpdGhfbGVuZ3RoX2EzZGM2MmRlYTZlMmUxNTgAIhcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxpfX3diZ19hbGxfNzlhNzBhNGI2YWNhNmY5ZQAPFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzH19fd2JnX3NldF9uYW1lX2NhZDYxYjQzNDgzZjg3MjcAFxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcx1fX3diZ19zZXRfaXZfZWQ1Mzg1MDUyZWM0ZTEyNQAjFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzHl9fd2JnX2RlY3J5cHRfNWNlY2ZiMzQ2NmIwNmZkOAAkFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzGl9fd2JnX3NldF9kMmQzM2I1MjQ1OGU5ODRhACUXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMaX193YmdfbmV3XzM3ZWI0NWFhZjVlZWI4MjAAFhcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxpfX3diZ19nZXRfZDcxNzZjZmI3NmQ3MTExNAAmFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzIV9fd2JnX2J5dGVMZW5ndGhfZmE0OGYyNDgxNGY1ZWY0NgALFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzNl9fd2JnX25ld193aXRoX2J5dGVfb2Zmc2V0X2FuZF9sZW5ndGhfM2NkMzIwNTVhNDE3ZjA5NQAZFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzG19fd2JnX3B1c2hfYzlmNDg5M2ZjMjA5Zjc2OAAnFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzJV9fd2JnX3F1ZXVlTWljcm90YXNrXzFlODUwM2E4YTY5MGYwYTMADxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcy1fX3diZ19fX3diaW5kZ2VuX2lzX2Z1bmN0aW9uXzc0MWZmMmJiNjEyODM2ZjUACxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcx5fX3diZ19yZXNvbHZlX2RiZjc4YWI0OTQyNDc4YjAADxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcy1fX3diZ19zdGF0aWNfYWNjZXNzb3JfR0xPQkFMX2U0MjkzZmIyMmNiZTc3ZGEACBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qczJfX3diZ19zdGF0aWNfYWNjZXNzb3JfR0xPQkFMX1RISVNfMDAzZWU4MzNhZjk2OTlmYwAIFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzLV9fd2JnX3N0YXRpY19hY2Nlc3Nvcl9XSU5ET1dfYjVlMDgxMGJmZWNiN2ZlYgAIFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzK19fd2JnX3N0YXRpY19hY2Nlc3Nvcl9TRUxGXzUzYmIyMDQ1NzQwMTQ1M2QACBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcydfX3diZ19wcm90b3R5cGVzZXRjYWxsXzEzMTYyOTY1ZDFmZTdhYTMAKBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxpfX3diZ19nZXRfMjA4MGM0OTAxNWUzNTI1NAAQFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzG19fd2JnX3RoZW5fZTNmN2YyZDM2NTcwOGJlOAAQFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzJV9fd2JnX3F1ZXVlTWljcm90YXNrXzRhMWE0ZDhkZDMzMjM3M2IAGBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcylfX3diZ19fX3diaW5kZ2VuX2lzX251bGxfYzIyMzExYjFjYzIyOGUzYQALFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzLl9fd2JnX19fd2JpbmRnZW5faXNfdW5kZWZpbmVkX2JlNWIzNDI0OWZmMWZjMTUACxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcydfX3diZ19fX3diaW5kZ2VuX3Rocm93XzRjODhkOGJmMjY0ZmQ5ODQAAxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcx9fX3diaW5kZ2VuX2luaXRfZXh0ZXJucmVmX3RhYmxlAAoXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMjX193YmluZGdlbl9nZW5lcmljXzAwMDAwMDAwMDAwMDAwMDEADRcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcyNfX3diaW5kZ2VuX2dlbmVyaWNfMDAwMDAwMDAwMDAwMDAwMgANA6kDpwMEBAMGBAcDARoDBgMBBAMEAAkBBwQCBAICAAQJGwApAwEEAAQDAxEFAwMDKgEEAwMOAQQEEQgEAQMFAwwBBAEEAQEDBwEBBgEHBAQDAQQrAQcEAhEEBAMDAgQDBAMCBQYSCCwOBgwEAQMHBwMKAwADBQYBDAQFBgUDAw4DAwMDHAIEAxoHAy0EBQIOAgIEAAIFEgAEAgUEAgUFCQwELi8wAAAFAwcDAQUCAwECAwkDCQECBTECAAcFAgEEAwEDAgAEBAQEBAIDBAEDAQEBAgEDAwECAwEBAwIDBAQBAQUCCQQIAQMCAAQEAg4HBAIMBAgDAx0CAxsDAzIzAAkDBwIIBDQCAgIDAzUCAwwDAwQHBQk2Nzg5OjsCAjwCAwMDBgYCAAMDAx4eBAIABQQBCQkcPQYdAQA+PwICAgICAgIBAQIEAgAAAgICBgIBBAICBAICAgIBAQYBAQECAwMGAQEBAQEBAQECAgIBAQECAwECBAQCAwMBBwIIBAQDAQgCAwMCCgoAAAIKAQAAAwoDAwMGBgIBAQICAgIBAQEDAgIDAgYKCRIEAAUECwJwAYUBhQFvAIQIBQMBABEGGQN/AUGAgMAAC38AQdSUwQALfwBB7JjBAAsH2QQZBm1lbW9yeQIAEV9fd2JnX2J1bmRsZV9mcmVlAI8CEGJ1bmRsZV9idW5kbGVfaWQA0gINYnVuZGxlX2Nob29zZQClAg5idW5kbGVfZGVjcnlwdADhAhNidW5kbGVfZGVjcnlwdF93aXRoANwCDGJ1bmRsZV9lbnRyeQCtAgxidW5kbGVfbmFtZXMA0QILYnVuZGxlX29wZW4ApAINaGFzX3dlYmNyeXB0bwCrAgxzbG90X3NlY3Rpb24AswIPX19hYm9ydF9oYW5kbGVyAwEVX19pbnN0YW5jZV90ZXJtaW5hdGVkAwI9d2FzbV9iaW5kZ2VuX19jb252ZXJ0X19jbG9zdXJlc19fX19faW52b2tlX19oM2RjYTc0ZDFlZmQwOWVmMADiAj13YXNtX2JpbmRnZW5fX2NvbnZlcnRfX2Nsb3N1cmVzX19fX19pbnZva2VfX2g5M2UwNmEzMmMyNTdjNjQ3AMUCFF9fd2JpbmRnZW5fZXhuX3N0b3JlAJoDF19fZXh0ZXJucmVmX3RhYmxlX2FsbG9jAGEVX193YmluZGdlbl9leHRlcm5yZWZzAQEaX193YmluZGdlbl9kZXN0cm95X2Nsb3N1cmUAowIPX193YmluZGdlbl9mcmVlAJsDEV9fd2JpbmRnZW5fbWFsbG9jAIECEl9fd2JpbmRnZW5fcmVhbGxvYwCLAhlfX2V4dGVybnJlZl90YWJsZV9kZWFsbG9jANcBFl9fZXh0ZXJucmVmX2Ryb3Bfc2xpY2UAsgIQX193YmluZGdlbl9zdGFydAApCfsBAQBBAQuEAV32AXtxKrMDxAPFA4wDoAOnAys+vgP/AmpspwNMngG/A9MBsAGhArwCvAK2As0CsAHAArYCtgK2ArYBvAK+ArABwgKwAbYBywG9AsECtgHEAbABtgGwAckBsAHKAbYBsAGwAbABvwK7ArABtgK2As0CxAGwAcIBON8CaGNwxwPKA4UDkwKGApIChQKpA5ECc7UDhAOpA/0B+AKkA3W0AjPuAuEBba8DhAN4RfQBsAPIA5oCXvwC/gL7Av0CjQG4AqIDwQPCA7cCwwKQAsADtQGOA4sDiQP2AqkDkQLGA5kDkAOKA5UDlAOWA48DjQO0A9YBzQMMARcKg8sHpwPGTgJZfgN/IwBBkAFrIlwkACABIAJBB3RqIV0gACkDOCEMIAApAzAhSiAAKQMoIUYgACkDICEYIAApAxghUiAAKQMQIUcgACkDCCE/IAApAwAhFwJAA0AgASBdRwRAQQAhAgNAIAJBgAFHBEAgXEEIaiACIAFBgAFBqIvBABCpAiBcKAIMIl5BB00NBCBcQRBqIAJqIFwoAggpAAAiA0I4hiADQoD+A4NCKIaEIANCgID8B4NCGIYgA0KAgID4D4NCCIaEhCADQgiIQoCAgPgPgyADQhiIQoCA/AeDhCADQiiIQoD+A4MgA0I4iISEhDcDACACQQhqIQIMAQsLQZCLwQApAwAhVkGYi8EAKQMAIVdBoIvBACkDACFYIAAgDCBcKQOIASIFIFwpA1giGyBcKQMQIkggXCkDGCIKQj+JIApCOImFIApCB4iFfHwgXCkDgAEiA0ItiSADQgOJhSADQgaIhXwiBEI/iSAEQjiJhSAEQgeIhXwgXCkDYCJAIAogXCkDICILQj+JIAtCOImFIAtCB4iFfHwgBUItiSAFQgOJhSAFQgaIhXwiBiBcKQNQIhQgG0I/iSAbQjiJhSAbQgeIhXx8IAUgXCkDQCJEIFwpA0giFUI/iSAVQjiJhSAVQgeIhXx8IFwpA3giSSBcKQMwIg8gXCkDOCJFQj+JIEVCOImFIEVCB4iFfHwgXCkDaCJBIAsgXCkDKCIRQj+JIBFCOImFIBFCB4iFfHwgBEItiSAEQgOJhSAEQgaIhXwiB0ItiSAHQgOJhSAHQgaIhXwiCEItiSAIQgOJhSAIQgaIhXwiCUItiSAJQgOJhSAJQgaIhXwiDXwgSSADQj+JIANCOImFIANCB4iFfCAJfCBBIFwpA3AiQkI/iSBCQjiJhSBCQgeIhXwgCHwgGyBAQj+JIEBCOImFIEBCB4iFfCAHfCAVIBRCP4kgFEI4iYUgFEIHiIV8IAR8IAMgRSBEQj+JIERCOImFIERCB4iFfHwgQiARIA9CP4kgD0I4iYUgD0IHiIV8fCAGQi2JIAZCA4mFIAZCBoiFfCIOQi2JIA5CA4mFIA5CBoiFfCIQQi2JIBBCA4mFIBBCBoiFfCISQi2JIBJCA4mFIBJCBoiFfCITQi2JIBNCA4mFIBNCBoiFfCIWQi2JIBZCA4mFIBZCBoiFfCIZQi2JIBlCA4mFIBlCBoiFfCIaQj+JIBpCOImFIBpCB4iFIAMgBUI/iSAFQjiJhSAFQgeIhXwgEnwgQiBJQj+JIElCOImFIElCB4iFfCAQfCBAIEFCP4kgQUI4iYUgQUIHiIV8IA58IA1CLYkgDUIDiYUgDUIGiIV8IhxCLYkgHEIDiYUgHEIGiIV8Ih1CLYkgHUIDiYUgHUIGiIV8Ih58IAZCP4kgBkI4iYUgBkIHiIUgBHwgE3wgHkItiSAeQgOJhSAeQgaIhXwiHyANQj+JIA1COImFIA1CB4iFIBJ8fCAJQj+JIAlCOImFIAlCB4iFIBB8IB58IAhCP4kgCEI4iYUgCEIHiIUgDnwgHXwgB0I/iSAHQjiJhSAHQgeIhSAGfCAcfCAaQi2JIBpCA4mFIBpCBoiFfCIgQi2JICBCA4mFICBCBoiFfCIhQi2JICFCA4mFICFCBoiFfCIiQi2JICJCA4mFICJCBoiFfCIjfCAZQj+JIBlCOImFIBlCB4iFIB18ICJ8IBZCP4kgFkI4iYUgFkIHiIUgHHwgIXwgE0I/iSATQjiJhSATQgeIhSANfCAgfCASQj+JIBJCOImFIBJCB4iFIAl8IBp8IBBCP4kgEEI4iYUgEEIHiIUgCHwgGXwgDkI/iSAOQjiJhSAOQgeIhSAHfCAWfCAfQi2JIB9CA4mFIB9CBoiFfCIkQi2JICRCA4mFICRCBoiFfCIlQi2JICVCA4mFICVCBoiFfCImQi2JICZCA4mFICZCBoiFfCInQi2JICdCA4mFICdCBoiFfCIoQi2JIChCA4mFIChCBoiFfCIpQi2JIClCA4mFIClCBoiFfCIqQj+JICpCOImFICpCB4iFIB5CP4kgHkI4iYUgHkIHiIUgGXwgJnwgHUI/iSAdQjiJhSAdQgeIhSAWfCAlfCAcQj+JIBxCOImFIBxCB4iFIBN8ICR8ICNCLYkgI0IDiYUgI0IGiIV8IitCLYkgK0IDiYUgK0IGiIV8IixCLYkgLEIDiYUgLEIGiIV8Ii18IB9CP4kgH0I4iYUgH0IHiIUgGnwgJ3wgLUItiSAtQgOJhSAtQgaIhXwiLiAjQj+JICNCOImFICNCB4iFICZ8fCAiQj+JICJCOImFICJCB4iFICV8IC18ICFCP4kgIUI4iYUgIUIHiIUgJHwgLHwgIEI/iSAgQjiJhSAgQgeIhSAffCArfCAqQi2JICpCA4mFICpCBoiFfCIvQi2JIC9CA4mFIC9CBoiFfCIwQi2JIDBCA4mFIDBCBoiFfCIxQi2JIDFCA4mFIDFCBoiFfCIyfCApQj+JIClCOImFIClCB4iFICx8IDF8IChCP4kgKEI4iYUgKEIHiIUgK3wgMHwgJ0I/iSAnQjiJhSAnQgeIhSAjfCAvfCAmQj+JICZCOImFICZCB4iFICJ8ICp8ICVCP4kgJUI4iYUgJUIHiIUgIXwgKXwgJEI/iSAkQjiJhSAkQgeIhSAgfCAofCAuQi2JIC5CA4mFIC5CBoiFfCIzQi2JIDNCA4mFIDNCBoiFfCI0Qi2JIDRCA4mFIDRCBoiFfCI1Qi2JIDVCA4mFIDVCBoiFfCI2Qi2JIDZCA4mFIDZCBoiFfCI3Qi2JIDdCA4mFIDdCBoiFfCI4Qi2JIDhCA4mFIDhCBoiFfCI5Qj+JIDlCOImFIDlCB4iFIC1CP4kgLUI4iYUgLUIHiIUgKXwgNXwgLEI/iSAsQjiJhSAsQgeIhSAofCA0fCArQj+JICtCOImFICtCB4iFICd8IDN8IDJCLYkgMkIDiYUgMkIGiIV8IjpCLYkgOkIDiYUgOkIGiIV8IjtCLYkgO0IDiYUgO0IGiIV8Ijx8IC5CP4kgLkI4iYUgLkIHiIUgKnwgNnwgPEItiSA8QgOJhSA8QgaIhXwiPSAyQj+JIDJCOImFIDJCB4iFIDV8fCAxQj+JIDFCOImFIDFCB4iFIDR8IDx8IDBCP4kgMEI4iYUgMEIHiIUgM3wgO3wgL0I/iSAvQjiJhSAvQgeIhSAufCA6fCA5Qi2JIDlCA4mFIDlCBoiFfCI+Qi2JID5CA4mFID5CBoiFfCJLQi2JIEtCA4mFIEtCBoiFfCJMQi2JIExCA4mFIExCBoiFfCJNfCA4Qj+JIDhCOImFIDhCB4iFIDt8IEx8IDdCP4kgN0I4iYUgN0IHiIUgOnwgS3wgNkI/iSA2QjiJhSA2QgeIhSAyfCA+fCA1Qj+JIDVCOImFIDVCB4iFIDF8IDl8IDRCP4kgNEI4iYUgNEIHiIUgMHwgOHwgM0I/iSAzQjiJhSAzQgeIhSAvfCA3fCA9Qi2JID1CA4mFID1CBoiFfCJDQi2JIENCA4mFIENCBoiFfCJOQi2JIE5CA4mFIE5CBoiFfCJPQi2JIE9CA4mFIE9CBoiFfCJQQi2JIFBCA4mFIFBCBoiFfCJRQi2JIFFCA4mFIFFCBoiFfCJTQi2JIFNCA4mFIFNCBoiFfCJUQYiLwQApAwB8QciGwQApAwAgD0GohsEAKQMAIEggGCBGgyAMfCBKIBhCf4WDfCAYQjKJIBhCLomFIBhCF4mFfHx8IkggUnwiDHx8QbCGwQApAwAgCiBKfHwgRiAMQn+Fg3wgDCAYg3wgDEIyiSAMQi6JhSAMQheJhXwiVSBHfCIKQcCGwQApAwAgESAYfHwgDEG4hsEAKQMAIAsgRnx8IBggCkJ/hYN8IAogDIN8IApCMokgCkIuiYUgCkIXiYV8IlkgP3wiC0J/hYN8IAogC4N8IAtCMokgC0IuiYUgC0IXiYV8IlogF3wiD0J/hYN8IAsgD4N8IA9CMokgD0IuiYUgD0IXiYV8IlsgF0IkiSAXQh6JhSAXQhmJhSA/IEeFIBeDID8gR4OFfCBIfCIMfCIRQeiGwQApAwAgFHx8QdCGwQApAwAgRXwgCnwgCyARQn+Fg3wgDyARg3wgEUIyiSARQi6JhSARQheJhXwiRSAMQiSJIAxCHomFIAxCGYmFIAwgFyA/hYMgFyA/g4V8IFV8Igp8IhRB4IbBACkDACAVfCAPfCARQdiGwQApAwAgRHwgC3wgDyAUQn+Fg3wgESAUg3wgFEIyiSAUQi6JhSAUQheJhXwiRCAKQiSJIApCHomFIApCGYmFIAogDCAXhYMgDCAXg4V8IFl8Igt8Ig9Cf4WDfCAPIBSDfCAPQjKJIA9CLomFIA9CF4mFfCJIIAtCJIkgC0IeiYUgC0IZiYUgCyAKIAyFgyAKIAyDhXwgWnwiDHwiEUJ/hYN8IA8gEYN8IBFCMokgEUIuiYUgEUIXiYV8IlUgDEIkiSAMQh6JhSAMQhmJhSAMIAogC4WDIAogC4OFfCBbfCIKfCIVIEJBiIfBACkDAHx8QfCGwQApAwAgG3wgFHwgDyAVQn+Fg3wgESAVg3wgFUIyiSAVQi6JhSAVQheJhXwiGyAKQiSJIApCHomFIApCGYmFIAogCyAMhYMgCyAMg4V8IEV8Igt8IhQgQUGAh8EAKQMAfCARfCAVQfiGwQApAwAgQHwgD3wgESAUQn+Fg3wgFCAVg3wgFEIyiSAUQi6JhSAUQheJhXwiQCALQiSJIAtCHomFIAtCGYmFIAsgCiAMhYMgCiAMg4V8IER8Igx8Ig9Cf4WDfCAPIBSDfCAPQjKJIA9CLomFIA9CF4mFfCJBIAxCJIkgDEIeiYUgDEIZiYUgDCAKIAuFgyAKIAuDhXwgSHwiCnwiEUJ/hYN8IA8gEYN8IBFCMokgEUIuiYUgEUIXiYV8IkIgCkIkiSAKQh6JhSAKQhmJhSAKIAsgDIWDIAsgDIOFfCBVfCILfCIVIARBqIfBACkDAHx8QZCHwQApAwAgSXwgFHwgDyAVQn+Fg3wgESAVg3wgFUIyiSAVQi6JhSAVQheJhXwiFCALQiSJIAtCHomFIAtCGYmFIAsgCiAMhYMgCiAMg4V8IBt8IgR8IgwgBUGgh8EAKQMAfCARfCAVIANBmIfBACkDAHwgD3wgESAMQn+Fg3wgDCAVg3wgDEIyiSAMQi6JhSAMQheJhXwiESAEQiSJIARCHomFIARCGYmFIAQgCiALhYMgCiALg4V8IEB8IgN8IgpCf4WDfCAKIAyDfCAKQjKJIApCLomFIApCF4mFfCIVIANCJIkgA0IeiYUgA0IZiYUgAyAEIAuFgyAEIAuDhXwgQXwiBXwiC0J/hYN8IAogC4N8IAtCMokgC0IuiYUgC0IXiYV8IhsgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCBCfCIEfCIPIAhByIfBACkDAHx8IAZBsIfBACkDAHwgDHwgCiAPQn+Fg3wgCyAPg3wgD0IyiSAPQi6JhSAPQheJhXwiDCAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBR8IgN8IgYgDkHAh8EAKQMAfCALfCAPIAdBuIfBACkDAHwgCnwgCyAGQn+Fg3wgBiAPg3wgBkIyiSAGQi6JhSAGQheJhXwiCiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBF8IgV8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCILIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgFXwiBHwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8Ig8gBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCAbfCIDfCIOIA1B6IfBACkDAHx8IBBB0IfBACkDAHwgBnwgByAOQn+Fg3wgCCAOg3wgDkIyiSAOQi6JhSAOQheJhXwiDSADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IAx8IgV8IgYgEkHgh8EAKQMAfCAIfCAOIAlB2IfBACkDAHwgB3wgCCAGQn+Fg3wgBiAOg3wgBkIyiSAGQi6JhSAGQheJhXwiECAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IAp8IgR8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCIOIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgC3wiA3wiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhIgA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCAPfCIFfCIJIB1BiIjBACkDAHx8IBNB8IfBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiEyAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IA18IgR8IgYgFkGAiMEAKQMAfCAIfCAJIBxB+IfBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiDSAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBB8IgN8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCIQIANCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgDnwiBXwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8Ig4gBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCASfCIEfCIJIB9BqIjBACkDAHx8IBlBkIjBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiEiAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBN8IgN8IgYgGkGgiMEAKQMAfCAIfCAJIB5BmIjBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiEyADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IA18IgV8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCINIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgEHwiBHwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhAgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCAOfCIDfCIJICVByIjBACkDAHx8ICBBsIjBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiDiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBJ8IgV8IgYgIUHAiMEAKQMAfCAIfCAJICRBuIjBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiEiAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBN8IgR8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCITIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgDXwiA3wiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8Ig0gA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCAQfCIFfCIJICdB6IjBACkDAHx8ICJB0IjBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiECAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IA58IgR8IgYgI0HgiMEAKQMAfCAIfCAJICZB2IjBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiDiAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBJ8IgN8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCISIANCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgE3wiBXwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhMgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCANfCIEfCIJIClBiInBACkDAHx8ICtB8IjBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiDSAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBB8IgN8IgYgLEGAicEAKQMAfCAIfCAJIChB+IjBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiECADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IA58IgV8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCIOIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgEnwiBHwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhIgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCATfCIDfCIJIC9BqInBACkDAHx8IC1BkInBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiEyADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IA18IgV8IgYgLkGgicEAKQMAfCAIfCAJICpBmInBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiDSAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBB8IgR8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCIQIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgDnwiA3wiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8Ig4gA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCASfCIFfCIJIDFByInBACkDAHx8IDNBsInBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiEiAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBN8IgR8IgYgNEHAicEAKQMAfCAIfCAJIDBBuInBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiEyAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IA18IgN8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCINIANCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgEHwiBXwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhAgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCAOfCIEfCIJIDpB6InBACkDAHx8IDVB0InBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiDiAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBJ8IgN8IgYgNkHgicEAKQMAfCAIfCAJIDJB2InBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiEiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBN8IgV8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCITIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgDXwiBHwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8Ig0gBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCAQfCIDfCIJIDxBiIrBACkDAHx8IDdB8InBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiECADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IA58IgV8IgYgOEGAisEAKQMAfCAIfCAJIDtB+InBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiDiAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBJ8IgR8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCISIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgE3wiA3wiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhMgA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCANfCIFfCIJIENBqIrBACkDAHx8IDlBkIrBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiDSAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBB8IgR8IgYgPkGgisEAKQMAfCAIfCAJID1BmIrBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiECAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IA58IgN8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCIOIANCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgEnwiBXwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhIgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCATfCIEfCIJIE9ByIrBACkDAHx8IEtBsIrBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiEyAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IA18IgN8IgYgTEHAisEAKQMAfCAIfCAJIE5BuIrBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiDSADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBB8IgV8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCIQIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgDnwiBHwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhYgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCASfCIDfCIJIFFB6IrBACkDAHx8IE1B0IrBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiEiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBN8IgV8IgYgOkI/iSA6QjiJhSA6QgeIhSA2fCBDfCBNQi2JIE1CA4mFIE1CBoiFfCIOQeCKwQApAwB8IAh8IAkgUEHYisEAKQMAfCAHfCAIIAZCf4WDfCAGIAmDfCAGQjKJIAZCLomFIAZCF4mFfCITIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgDXwiBHwiB0J/hYN8IAYgB4N8IAdCMokgB0IuiYUgB0IXiYV8IhkgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCAQfCIDfCIIQn+Fg3wgByAIg3wgCEIyiSAIQi6JhSAIQheJhXwiGiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBZ8IgV8Igl8IAYgO0I/iSA7QjiJhSA7QgeIhSA3fCBOfCAOQi2JIA5CA4mFIA5CBoiFfCIGQfCKwQApAwB8fCAHIAlCf4WDfCAIIAmDfCAJQjKJIAlCLomFIAlCF4mFfCIWIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgEnwiBHwiDSA8Qj+JIDxCOImFIDxCB4iFIDh8IE98IAZCLYkgBkIDiYUgBkIGiIV8IhBBgIvBACkDAHwgCHwgCSBTQfiKwQApAwB8IAd8IAggDUJ/hYN8IAkgDYN8IA1CMokgDUIuiYUgDUIXiYV8IgYgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCATfCIDfCIHQn+Fg3wgByANg3wgB0IyiSAHQi6JhSAHQheJhXwiEiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBl8IgV8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCITIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgGnwiBHwiCXwiDDcDOCAAIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgFnwiA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCAGfCIFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBJ8IgRCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgE3wiBiBSfCJSNwMYIAAgViA9Qj+JID1COImFID1CB4iFIDl8IFB8IBBCLYkgEEIDiYUgEEIGiIV8IhB8IA18IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8Ig0gA3wiAyBKfCJKNwMwIAAgBkIkiSAGQh6JhSAGQhmJhSAGIAQgBYWDIAQgBYOFfCANfCINIEd8Ikc3AxAgACA9IFd8ID5CP4kgPkI4iYUgPkIHiIV8IA58IFRCLYkgVEIDiYUgVEIGiIV8IAd8IAggA0J/hYN8IAMgCYN8IANCMokgA0IuiYUgA0IXiYV8IgcgBXwiBSBGfCJGNwMoIAAgDUIkiSANQh6JhSANQhmJhSANIAQgBoWDIAQgBoOFfCAHfCIHID98Ij83AwggACA+IFh8IENCP4kgQ0I4iYUgQ0IHiIV8IFF8IBBCLYkgEEIDiYUgEEIGiIV8IAh8IAkgBUJ/hYN8IAMgBYN8IAVCMokgBUIuiYUgBUIXiYV8IgMgBCAYfHwiGDcDICAAIAcgBiANhYMgBiANg4UgF3wgB0IkiSAHQh6JhSAHQhmJhXwgA3wiFzcDACABQYABaiEBDAELCyBcQZABaiQADwtBAEEIIF5BuIvBABBlAAuFPgFKfyMAQdAAayIVJAAgASACQQZ0aiFGIAAoAhwhCyAAKAIYITogACgCFCE2IAAoAhAhGCAAKAIMIUIgACgCCCE3IAAoAgQhLyAAKAIAIRcCQANAIAEgRkcEQEEAIQIDQCACQcAARwRAIBVBCGogAiABQcAAQYiGwQAQqQIgFSgCDCIDQQNNDQQgFUEQaiACaiAVKAIIKAAAIgNB/4H8B3FBCHggA0EYeEH/gfwHcXI2AgAgAkEEaiECDAELC0H8hcEAKAIAIUdBgIbBACgCACFIQYSGwQAoAgAhSSAAIAsgFSgCNCIbIBUoAhAiOCAVKAIUIglBGXcgCUEOd3MgCUEDdnNqaiAVKAJIIgJBD3cgAkENd3MgAkEKdnNqIgMgFSgCLCITIBUoAjAiEkEZdyASQQ53cyASQQN2c2pqIAIgFSgCJCI1IBUoAigiNEEZdyA0QQ53cyA0QQN2c2pqIBUoAkAiMCAVKAIcIg0gFSgCICIKQRl3IApBDndzIApBA3ZzamogFSgCOCIxIAkgFSgCGCIPQRl3IA9BDndzIA9BA3ZzamogFSgCTCIEQQ93IARBDXdzIARBCnZzaiIFQQ93IAVBDXdzIAVBCnZzaiIGQQ93IAZBDXdzIAZBCnZzaiIHQQ93IAdBDXdzIAdBCnZzaiIIIAIgBEEZdyAEQQ53cyAEQQN2c2pqIDAgFSgCRCI5QRl3IDlBDndzIDlBA3ZzaiAHaiAxIBUoAjwiMkEZdyAyQQ53cyAyQQN2c2ogBmogEiAbQRl3IBtBDndzIBtBA3ZzaiAFaiAEIDQgE0EZdyATQQ53cyATQQN2c2pqIDkgCiA1QRl3IDVBDndzIDVBA3ZzamogMiAPIA1BGXcgDUEOd3MgDUEDdnNqaiADQQ93IANBDXdzIANBCnZzaiIMQQ93IAxBDXdzIAxBCnZzaiIOQQ93IA5BDXdzIA5BCnZzaiIQQQ93IBBBDXdzIBBBCnZzaiIRQQ93IBFBDXdzIBFBCnZzaiIUQQ93IBRBDXdzIBRBCnZzaiIWQQ93IBZBDXdzIBZBCnZzaiIZQRl3IBlBDndzIBlBA3ZzIDkgAkEZdyACQQ53cyACQQN2c2ogEGogMiAwQRl3IDBBDndzIDBBA3ZzaiAOaiAbIDFBGXcgMUEOd3MgMUEDdnNqIAxqIAhBD3cgCEENd3MgCEEKdnNqIhpBD3cgGkENd3MgGkEKdnNqIhxBD3cgHEENd3MgHEEKdnNqIh1qIAQgA0EZdyADQQ53cyADQQN2c2ogEWogHUEPdyAdQQ13cyAdQQp2c2oiHiAIQRl3IAhBDndzIAhBA3ZzIBBqaiAHQRl3IAdBDndzIAdBA3ZzIA5qIB1qIAZBGXcgBkEOd3MgBkEDdnMgDGogHGogBUEZdyAFQQ53cyAFQQN2cyADaiAaaiAZQQ93IBlBDXdzIBlBCnZzaiIfQQ93IB9BDXdzIB9BCnZzaiIgQQ93ICBBDXdzICBBCnZzaiIhQQ93ICFBDXdzICFBCnZzaiIiaiAWQRl3IBZBDndzIBZBA3ZzIBxqICFqIBRBGXcgFEEOd3MgFEEDdnMgGmogIGogEUEZdyARQQ53cyARQQN2cyAIaiAfaiAQQRl3IBBBDndzIBBBA3ZzIAdqIBlqIA5BGXcgDkEOd3MgDkEDdnMgBmogFmogDEEZdyAMQQ53cyAMQQN2cyAFaiAUaiAeQQ93IB5BDXdzIB5BCnZzaiIjQQ93ICNBDXdzICNBCnZzaiIkQQ93ICRBDXdzICRBCnZzaiIlQQ93ICVBDXdzICVBCnZzaiImQQ93ICZBDXdzICZBCnZzaiInQQ93ICdBDXdzICdBCnZzaiIoQQ93IChBDXdzIChBCnZzaiIpQRl3IClBDndzIClBA3ZzIB1BGXcgHUEOd3MgHUEDdnMgFmogJWogHEEZdyAcQQ53cyAcQQN2cyAUaiAkaiAaQRl3IBpBDndzIBpBA3ZzIBFqICNqICJBD3cgIkENd3MgIkEKdnNqIipBD3cgKkENd3MgKkEKdnNqIitBD3cgK0ENd3MgK0EKdnNqIixqIB5BGXcgHkEOd3MgHkEDdnMgGWogJmogLEEPdyAsQQ13cyAsQQp2c2oiLSAiQRl3ICJBDndzICJBA3ZzICVqaiAhQRl3ICFBDndzICFBA3ZzICRqICxqICBBGXcgIEEOd3MgIEEDdnMgI2ogK2ogH0EZdyAfQQ53cyAfQQN2cyAeaiAqaiApQQ93IClBDXdzIClBCnZzaiIuQQ93IC5BDXdzIC5BCnZzaiI7QQ93IDtBDXdzIDtBCnZzaiI8QQ93IDxBDXdzIDxBCnZzaiI9aiAoQRl3IChBDndzIChBA3ZzICtqIDxqICdBGXcgJ0EOd3MgJ0EDdnMgKmogO2ogJkEZdyAmQQ53cyAmQQN2cyAiaiAuaiAlQRl3ICVBDndzICVBA3ZzICFqIClqICRBGXcgJEEOd3MgJEEDdnMgIGogKGogI0EZdyAjQQ53cyAjQQN2cyAfaiAnaiAtQQ93IC1BDXdzIC1BCnZzaiIzQQ93IDNBDXdzIDNBCnZzaiI+QQ93ID5BDXdzID5BCnZzaiI/QQ93ID9BDXdzID9BCnZzaiJAQQ93IEBBDXdzIEBBCnZzaiJBQQ93IEFBDXdzIEFBCnZzaiJDQQ93IENBDXdzIENBCnZzaiJEQfiFwQAoAgBqQZiEwQAoAgAgCkGIhMEAKAIAIDggGCA2cSALaiA6IBhBf3NxaiAYQRp3IBhBFXdzIBhBB3dzampqIjggQmoiC2pqQYyEwQAoAgAgCSA6amogNiALQX9zcWogCyAYcWogC0EadyALQRV3cyALQQd3c2oiRSA3aiIJQZSEwQAoAgAgDSAYamogC0GQhMEAKAIAIA8gNmpqIBggCUF/c3FqIAkgC3FqIAlBGncgCUEVd3MgCUEHd3NqIkogL2oiCkF/c3FqIAkgCnFqIApBGncgCkEVd3MgCkEHd3NqIksgF2oiDUF/c3FqIAogDXFqIA1BGncgDUEVd3MgDUEHd3NqIkwgF0EedyAXQRN3cyAXQQp3cyAvIDdzIBdxIC8gN3FzaiA4aiILaiIPIBJBqITBACgCAGpqIDVBnITBACgCAGogCWogCiAPQX9zcWogDSAPcWogD0EadyAPQRV3cyAPQQd3c2oiNSALQR53IAtBE3dzIAtBCndzIAsgFyAvc3EgFyAvcXNqIEVqIglqIhIgE0GkhMEAKAIAaiANaiAPIDRBoITBACgCAGogCmogDSASQX9zcWogDyAScWogEkEadyASQRV3cyASQQd3c2oiNCAJQR53IAlBE3dzIAlBCndzIAkgCyAXc3EgCyAXcXNqIEpqIgpqIg1Bf3NxaiANIBJxaiANQRp3IA1BFXdzIA1BB3dzaiI4IApBHncgCkETd3MgCkEKd3MgCiAJIAtzcSAJIAtxc2ogS2oiC2oiD0F/c3FqIA0gD3FqIA9BGncgD0EVd3MgD0EHd3NqIkUgC0EedyALQRN3cyALQQp3cyALIAkgCnNxIAkgCnFzaiBMaiIJaiITIDBBuITBACgCAGpqIBtBrITBACgCAGogEmogDSATQX9zcWogDyATcWogE0EadyATQRV3cyATQQd3c2oiGyAJQR53IAlBE3dzIAlBCndzIAkgCiALc3EgCiALcXNqIDVqIgpqIhIgMkG0hMEAKAIAaiAPaiATIDFBsITBACgCAGogDWogDyASQX9zcWogEiATcWogEkEadyASQRV3cyASQQd3c2oiMCAKQR53IApBE3dzIApBCndzIAogCSALc3EgCSALcXNqIDRqIgtqIg1Bf3NxaiANIBJxaiANQRp3IA1BFXdzIA1BB3dzaiIxIAtBHncgC0ETd3MgC0EKd3MgCyAJIApzcSAJIApxc2ogOGoiCWoiD0F/c3FqIA0gD3FqIA9BGncgD0EVd3MgD0EHd3NqIjIgCUEedyAJQRN3cyAJQQp3cyAJIAogC3NxIAogC3FzaiBFaiIKaiITIANByITBACgCAGpqIDlBvITBACgCAGogEmogDSATQX9zcWogDyATcWogE0EadyATQRV3cyATQQd3c2oiEiAKQR53IApBE3dzIApBCndzIAogCSALc3EgCSALcXNqIBtqIgNqIgsgBEHEhMEAKAIAaiAPaiATIAJBwITBACgCAGogDWogDyALQX9zcWogCyATcWogC0EadyALQRV3cyALQQd3c2oiDyADQR53IANBE3dzIANBCndzIAMgCSAKc3EgCSAKcXNqIDBqIgJqIglBf3NxaiAJIAtxaiAJQRp3IAlBFXdzIAlBB3dzaiITIAJBHncgAkETd3MgAkEKd3MgAiADIApzcSADIApxc2ogMWoiBGoiCkF/c3FqIAkgCnFqIApBGncgCkEVd3MgCkEHd3NqIhsgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAyaiIDaiINIA5B2ITBACgCAGpqIAVBzITBACgCAGogC2ogCSANQX9zcWogCiANcWogDUEadyANQRV3cyANQQd3c2oiCyADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIBJqIgJqIgUgBkHUhMEAKAIAaiAKaiANIAxB0ITBACgCAGogCWogCiAFQX9zcWogBSANcWogBUEadyAFQRV3cyAFQQd3c2oiCSACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIA9qIgRqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIKIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogE2oiA2oiDEF/c3FqIAYgDHFqIAxBGncgDEEVd3MgDEEHd3NqIg0gA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAbaiICaiIOIBFB6ITBACgCAGpqIAdB3ITBACgCAGogBWogBiAOQX9zcWogDCAOcWogDkEadyAOQRV3cyAOQQd3c2oiESACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIAtqIgRqIgUgCEHkhMEAKAIAaiAMaiAOIBBB4ITBACgCAGogBmogDCAFQX9zcWogBSAOcWogBUEadyAFQRV3cyAFQQd3c2oiDCAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIAlqIgNqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIOIANBHncgA0ETd3MgA0EKd3MgAyACIARzcSACIARxc2ogCmoiAmoiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIhAgAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiANaiIEaiIIIBZB+ITBACgCAGpqIBpB7ITBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiFiAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIBFqIgNqIgUgHEH0hMEAKAIAaiAHaiAIIBRB8ITBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiESADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIAxqIgJqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIMIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogDmoiBGoiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIg4gBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAQaiIDaiIIIB9BiIXBACgCAGpqIB1B/ITBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiECADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIBZqIgJqIgUgHkGEhcEAKAIAaiAHaiAIIBlBgIXBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiFCACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIBFqIgRqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIRIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogDGoiA2oiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIgwgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAOaiICaiIIICFBmIXBACgCAGpqICNBjIXBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiDiACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIBBqIgRqIgUgJEGUhcEAKAIAaiAHaiAIICBBkIXBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiECAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIBRqIgNqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIUIANBHncgA0ETd3MgA0EKd3MgAyACIARzcSACIARxc2ogEWoiAmoiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIhEgAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiAMaiIEaiIIICpBqIXBACgCAGpqICVBnIXBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiDCAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIA5qIgNqIgUgJkGkhcEAKAIAaiAHaiAIICJBoIXBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiDiADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIBBqIgJqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIQIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogFGoiBGoiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIhQgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiARaiIDaiIIICxBuIXBACgCAGpqICdBrIXBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiESADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIAxqIgJqIgUgKEG0hcEAKAIAaiAHaiAIICtBsIXBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiDCACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIA5qIgRqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIOIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogEGoiA2oiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIhAgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAUaiICaiIIIDNByIXBACgCAGpqIClBvIXBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiFCACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIBFqIgRqIgUgLkHEhcEAKAIAaiAHaiAIIC1BwIXBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiESAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIAxqIgNqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIMIANBHncgA0ETd3MgA0EKd3MgAyACIARzcSACIARxc2ogDmoiAmoiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIg4gAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiAQaiIEaiIIID9B2IXBACgCAGpqIDtBzIXBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiECAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIBRqIgNqIgUgPEHUhcEAKAIAaiAHaiAIID5B0IXBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiFCADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIBFqIgJqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIRIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogDGoiBGoiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIgwgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAOaiIDaiIIIEFB6IXBACgCAGpqID1B3IXBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiFiADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIBBqIgJqIgUgKkEZdyAqQQ53cyAqQQN2cyAmaiAzaiA9QQ93ID1BDXdzID1BCnZzaiIOQeSFwQAoAgBqIAdqIAggQEHghcEAKAIAaiAGaiAHIAVBf3NxaiAFIAhxaiAFQRp3IAVBFXdzIAVBB3dzaiIZIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogFGoiBGoiBkF/c3FqIAUgBnFqIAZBGncgBkEVd3MgBkEHd3NqIhQgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiARaiIDaiIHQX9zcWogBiAHcWogB0EadyAHQRV3cyAHQQd3c2oiESADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIAxqIgJqIghqIAUgK0EZdyArQQ53cyArQQN2cyAnaiA+aiAOQQ93IA5BDXdzIA5BCnZzaiIFQeyFwQAoAgBqaiAGIAhBf3NxaiAHIAhxaiAIQRp3IAhBFXdzIAhBB3dzaiIaIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogFmoiBGoiDCAsQRl3ICxBDndzICxBA3ZzIChqID9qIAVBD3cgBUENd3MgBUEKdnNqIhBB9IXBACgCAGogB2ogCCBDQfCFwQAoAgBqIAZqIAcgDEF/c3FqIAggDHFqIAxBGncgDEEVd3MgDEEHd3NqIgUgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAZaiIDaiIGQX9zcWogBiAMcWogBkEadyAGQRV3cyAGQQd3c2oiFiADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIBRqIgJqIgdBf3NxaiAGIAdxaiAHQRp3IAdBFXdzIAdBB3dzaiIUIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogEWoiBGoiCGoiCzYCHCAAIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogGmoiA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAFaiICQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIBZqIgRBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogFGoiBSBCaiJCNgIMIAAgRyAtQRl3IC1BDndzIC1BA3ZzIClqIEBqIBBBD3cgEEENd3MgEEEKdnNqIhBqIAxqIAYgCEF/c3FqIAcgCHFqIAhBGncgCEEVd3MgCEEHd3NqIgwgA2oiAyA6aiI6NgIYIAAgBUEedyAFQRN3cyAFQQp3cyAFIAIgBHNxIAIgBHFzaiAMaiIMIDdqIjc2AgggACAtIEhqIC5BGXcgLkEOd3MgLkEDdnNqIA5qIERBD3cgREENd3MgREEKdnNqIAZqIAcgA0F/c3FqIAMgCHFqIANBGncgA0EVd3MgA0EHd3NqIgYgAmoiAiA2aiI2NgIUIAAgDEEedyAMQRN3cyAMQQp3cyAMIAQgBXNxIAQgBXFzaiAGaiIGIC9qIi82AgQgACAuIElqIDNBGXcgM0EOd3MgM0EDdnNqIEFqIBBBD3cgEEENd3MgEEEKdnNqIAdqIAggAkF/c3FqIAIgA3FqIAJBGncgAkEVd3MgAkEHd3NqIgIgBCAYamoiGDYCECAAIAYgBSAMc3EgBSAMcXMgF2ogBkEedyAGQRN3cyAGQQp3c2ogAmoiFzYCACABQUBrIQEMAQsLIBVB0ABqJAAPC0EAQQQgA0GYhsEAEGUAC5IpAg1/D34jAEGgCWsiAiQAIAEoAgQhBiABKAIAIQcgASgCCCEFIAJBCGogACgCACIIELEBIAIgCDYCyAcgAEEEaiEJIAVBAnYhCiACQYgHaiELA0AgBCAKRwRAIAJB0AdqEN0BIAJBkAhqEN0BQQAhAQNAIAFBwABGRQRAIAJB4AhqIAkQmwEgAkGQCGogAWoiACACKQDoCDcACCAAIAIpAOAINwAAIAFBEGohAQwBCwsgAiACMQDECCACMQDFCEIQhoQgAjEAxghCIIaEIAIxAMcIQjCGhCACMQDMCEIIhoQgAjEAzQhCGIaEIAIxAM4IQiiGhCACMQDPCEI4hoQiDyACMQC0CCACMQC1CEIQhoQgAjEAtghCIIaEIAIxALcIQjCGhCACMQC8CEIIhoQgAjEAvQhCGIaEIAIxAL4IQiiGhCACMQC/CEI4hoQiEEIBiIVC1arVqtWq1arVAIMiESAPhSIPIAIxAKQIIAIxAKUIQhCGhCACMQCmCEIghoQgAjEApwhCMIaEIAIxAKwIQgiGhCACMQCtCEIYhoQgAjEArghCKIaEIAIxAK8IQjiGhCISIAIxAJQIIAIxAJUIQhCGhCACMQCWCEIghoQgAjEAlwhCMIaEIAIxAJwIQgiGhCACMQCdCEIYhoQgAjEAnghCKIaEIAIxAJ8IQjiGhCITQgGIhULVqtWq1arVqtUAgyIUIBKFIhJCAoiFQrPmzJmz5syZM4MiFiAPhSIPIAIxAMAIIAIxAMEIQhCGhCACMQDCCEIghoQgAjEAwwhCMIaEIAIxAMgIQgiGhCACMQDJCEIYhoQgAjEAyghCKIaEIAIxAMsIQjiGhCIVIAIxALAIIAIxALEIQhCGhCACMQCyCEIghoQgAjEAswhCMIaEIAIxALgIQgiGhCACMQC5CEIYhoQgAjEAughCKIaEIAIxALsIQjiGhCIXQgGIhULVqtWq1arVqtUAgyIZIBWFIhUgAjEAoAggAjEAoQhCEIaEIAIxAKIIQiCGhCACMQCjCEIwhoQgAjEAqAhCCIaEIAIxAKkIQhiGhCACMQCqCEIohoQgAjEAqwhCOIaEIhggAjEAkAggAjEAkQhCEIaEIAIxAJIIQiCGhCACMQCTCEIwhoQgAjEAmAhCCIaEIAIxAJkIQhiGhCACMQCaCEIohoQgAjEAmwhCOIaEIhpCAYiFQtWq1arVqtWq1QCDIhsgGIUiGEICiIVCs+bMmbPmzJkzgyIcIBWFIhVCBIiFQo+evPjw4cOHD4MiHSAPhTcDmAkgAiARQgGGIBCFIg8gFEIBhiAThSIQQgKIhUKz5syZs+bMmTODIhEgD4UiDyAZQgGGIBeFIhMgG0IBhiAahSIUQgKIhUKz5syZs+bMmTODIhcgE4UiE0IEiIVCj568+PDhw4cPgyIZIA+FNwOQCSACIBZCAoYgEoUiDyAcQgKGIBiFIhJCBIiFQo+evPjw4cOHD4MiFiAPhTcDiAkgAiAdQgSGIBWFNwP4CCACIBFCAoYgEIUiDyAXQgKGIBSFIhBCBIiFQo+evPjw4cOHD4MiESAPhTcDgAkgAiAZQgSGIBOFNwPwCCACIBZCBIYgEoU3A+gIIAIgEUIEhiAQhTcD4AhBACEBA0ACQCACQeAIaiIDIAJBCGogAWoiABCcAiADEEQgAiACKQOQCSIPQjyJQoDgg4CPgLyAcIMgD0IsiUL/n/z/8P/D/w+DhCISIA+FIhAgAikDmAkiD0I8iUKA4IOAj4C8gHCDIA9CLIlC/5/8//D/w/8Pg4QiESAPIBGFIg9CKIlCgP6D+I/gv4B/gyAPQhiJQv+B/Ifwn8D/AIOEhYU3A5gJIAIgAikDiAkiEUI8iUKA4IOAj4C8gHCDIBFCLIlC/5/8//D/w/8Pg4QiEyARhSIRIBIgEEIoiUKA/oP4j+C/gH+DIBBCGIlC/4H8h/CfwP8Ag4SFhTcDkAkgAiACKQOACSIQQjyJQoDgg4CPgLyAcIMgEEIsiUL/n/z/8P/D/w+DhCIWIBCFIhAgEyARQiiJQoD+g/iP4L+Af4MgEUIYiUL/gfyH8J/A/wCDhIWFNwOICSACIAIpA+gIIhFCPIlCgOCDgI+AvIBwgyARQiyJQv+f/P/w/8P/D4OEIhUgEYUiESACKQPwCCISQjyJQoDgg4CPgLyAcIMgEkIsiUL/n/z/8P/D/w+DhCITIBIgE4UiEkIoiUKA/oP4j+C/gH+DIBJCGIlC/4H8h/CfwP8Ag4SFhTcD8AggAiACKQPgCCITQjyJQoDgg4CPgLyAcIMgE0IsiUL/n/z/8P/D/w+DhCIUIBOFIhNCKIlCgP6D+I/gv4B/gyATQhiJQv+B/Ifwn8D/AIOEIBSFIA+FNwPgCCACIAIpA/gIIhRCPIlCgOCDgI+AvIBwgyAUQiyJQv+f/P/w/8P/D4OEIhcgFIUiFCAWIBBCKIlCgP6D+I/gv4B/gyAQQhiJQv+B/Ifwn8D/AIOEhYUgD4U3A4AJIAIgFyAUQiiJQoD+g/iP4L+Af4MgFEIYiUL/gfyH8J/A/wCDhIUgEoUgD4U3A/gIIAIgFSARQiiJQoD+g/iP4L+Af4MgEUIYiUL/gfyH8J/A/wCDhIUgE4UgD4U3A+gIIAMgAEFAayIAEJwCIAFBgAZGBEBBACEBA0AgAUHAAEYNAiACQeAIaiABaiIAIAApAwAiD0IIiCAPhUKAgPyHgIDA/wCDQoECfiAPhTcDACABQQhqIQEMAAsABSACQeAIaiIDEEQgAiACKQOQCSIPQjiJQoD+g/iP4L+Af4MgD0IoiUL/gfyH8J/A/wCDhCIRIA+FIhIgAikDmAkiD0I4iUKA/oP4j+C/gH+DIA9CKIlC/4H8h/CfwP8Ag4QiECAPIBCFIg9CIImFhTcDmAkgAiACKQOICSIQQjiJQoD+g/iP4L+Af4MgEEIoiUL/gfyH8J/A/wCDhCITIBCFIhQgESASQiCJhYU3A5AJIAIgAikDgAkiEEI4iUKA/oP4j+C/gH+DIBBCKIlC/4H8h/CfwP8Ag4QiESAQhSISIBMgFEIgiYWFNwOICSACIAIpA+gIIhBCOIlCgP6D+I/gv4B/gyAQQiiJQv+B/Ifwn8D/AIOEIhMgEIUiFCACKQPwCCIQQjiJQoD+g/iP4L+Af4MgEEIoiUL/gfyH8J/A/wCDhCIWIBAgFoUiFkIgiYWFNwPwCCACIAIpA+AIIhBCOIlCgP6D+I/gv4B/gyAQQiiJQv+B/Ifwn8D/AIOEIhUgEIUiF0IgiSAVhSAPhTcD4AggAiACKQP4CCIQQjiJQoD+g/iP4L+Af4MgEEIoiUL/gfyH8J/A/wCDhCIVIBCFIhAgESASQiCJhYUgD4U3A4AJIAIgFSAQQiCJhSAWhSAPhTcD+AggAiATIBRCIImFIBeFIA+FNwPoCCADIABBQGsQnAIgAxBEIAIgAikDkAkiD0I0iULw/8P/j/6/eIMgD0IkiUKPgLyA8IHAB4OEIhIgD4UiECACKQOYCSIPQjSJQvD/w/+P/r94gyAPQiSJQo+AvIDwgcAHg4QiESAPIBGFIg9CKIlCgP6D+I/gv4B/gyAPQhiJQv+B/Ifwn8D/AIOEhYU3A5gJIAIgAikDiAkiEUI0iULw/8P/j/6/eIMgEUIkiUKPgLyA8IHAB4OEIhMgEYUiESASIBBCKIlCgP6D+I/gv4B/gyAQQhiJQv+B/Ifwn8D/AIOEhYU3A5AJIAIgAikDgAkiEEI0iULw/8P/j/6/eIMgEEIkiUKPgLyA8IHAB4OEIhYgEIUiECATIBFCKIlCgP6D+I/gv4B/gyARQhiJQv+B/Ifwn8D/AIOEhYU3A4gJIAIgAikD6AgiEUI0iULw/8P/j/6/eIMgEUIkiUKPgLyA8IHAB4OEIhUgEYUiESACKQPwCCISQjSJQvD/w/+P/r94gyASQiSJQo+AvIDwgcAHg4QiEyASIBOFIhJCKIlCgP6D+I/gv4B/gyASQhiJQv+B/Ifwn8D/AIOEhYU3A/AIIAIgAikD4AgiE0I0iULw/8P/j/6/eIMgE0IkiUKPgLyA8IHAB4OEIhQgE4UiE0IoiUKA/oP4j+C/gH+DIBNCGIlC/4H8h/CfwP8Ag4QgFIUgD4U3A+AIIAIgAikD+AgiFEI0iULw/8P/j/6/eIMgFEIkiUKPgLyA8IHAB4OEIhcgFIUiFCAWIBBCKIlCgP6D+I/gv4B/gyAQQhiJQv+B/Ifwn8D/AIOEhYUgD4U3A4AJIAIgFyAUQiiJQoD+g/iP4L+Af4MgFEIYiUL/gfyH8J/A/wCDhIUgEoUgD4U3A/gIIAIgFSARQiiJQoD+g/iP4L+Af4MgEUIYiUL/gfyH8J/A/wCDhIUgE4UgD4U3A+gIIAMgAEGAAWoQnAIgAxBEIAIgAikDkAkiD0IwiSIQIA+FIhEgAikDmAkiD0IwiSISIA8gEoUiD0IgiYWFNwOYCSACIAIpA4gJIhJCMIkiEyAShSISIBAgEUIgiYWFNwOQCSACIAIpA4AJIhBCMIkiESAQhSIQIBMgEkIgiYWFNwOICSACIAIpA+gIIhJCMIkiEyAShSISIAIpA/AIIhRCMIkiFiAUIBaFIhRCIImFhTcD8AggAiACKQPgCCIWQjCJIhUgFoUiFkIgiSAVhSAPhTcD4AggAiACKQP4CCIVQjCJIhcgFYUiFSARIBBCIImFhSAPhTcDgAkgAiAXIBVCIImFIBSFIA+FNwP4CCACIBMgEkIgiYUgFoUgD4U3A+gIIAFBgAJqIQEMAgsACwsgAkHgCGoiABBEIAAgCxCcAiACIAIpA5gJIg8gAikDkAkiEEIBiIVC1arVqtWq1arVAIMiESAPhSIPIAIpA4gJIhIgAikDgAkiE0IBiIVC1arVqtWq1arVAIMiFCAShSISQgKIhUKz5syZs+bMmTODIhYgD4UiDyACKQP4CCIVIAIpA/AIIhdCAYiFQtWq1arVqtWq1QCDIhkgFYUiFSACKQPoCCIYIAIpA+AIIhpCAYiFQtWq1arVqtWq1QCDIhsgGIUiGEICiIVCs+bMmbPmzJkzgyIcIBWFIhVCBIiFQo+evPjw4cOHD4MiHSAPhSIPPACECCACIA9COIg8AI8IIAIgD0IoiDwAjgggAiAPQhiIPACNCCACIA9CCIg8AIwIIAIgD0IwiDwAhwggAiAPQiCIPACGCCACIA9CEIg8AIUIIAIgHUIEhiAVhSIPPACACCACIA9COIg8AIsIIAIgD0IoiDwAigggAiAPQhiIPACJCCACIA9CCIg8AIgIIAIgD0IwiDwAgwggAiAPQiCIPACCCCACIA9CEIg8AIEIIAIgECARQgGGhSIPIBMgFEIBhoUiEEICiIVCs+bMmbPmzJkzgyIRIA+FIg8gFyAZQgGGhSITIBogG0IBhoUiFEICiIVCs+bMmbPmzJkzgyIVIBOFIhNCBIiFQo+evPjw4cOHD4MiFyAPhSIPPAD0ByACIA9COIg8AP8HIAIgD0IoiDwA/gcgAiAPQhiIPAD9ByACIA9CCIg8APwHIAIgD0IwiDwA9wcgAiAPQiCIPAD2ByACIA9CEIg8APUHIAIgFkIChiAShSIPIBxCAoYgGIUiEkIEiIVCj568+PDhw4cPgyIWIA+FIg88AOQHIAIgD0I4iDwA7wcgAiAPQiiIPADuByACIA9CGIg8AO0HIAIgD0IIiDwA7AcgAiAPQjCIPADnByACIA9CIIg8AOYHIAIgD0IQiDwA5QcgAiAXQgSGIBOFIg88APAHIAIgD0I4iDwA+wcgAiAPQiiIPAD6ByACIA9CGIg8APkHIAIgD0IIiDwA+AcgAiAPQjCIPADzByACIA9CIIg8APIHIAIgD0IQiDwA8QcgAiAWQgSGIBKFIg88AOAHIAIgD0I4iDwA6wcgAiAPQiiIPADqByACIA9CGIg8AOkHIAIgD0IIiDwA6AcgAiAPQjCIPADjByACIA9CIIg8AOIHIAIgD0IQiDwA4QcgAiARQgKGIBCFIg8gFUIChiAUhSIQQgSIhUKPnrz48OHDhw+DIhEgD4UiDzwA1AcgAiAPQjiIPADfByACIA9CKIg8AN4HIAIgD0IYiDwA3QcgAiAPQgiIPADcByACIA9CMIg8ANcHIAIgD0IgiDwA1gcgAiAPQhCIPADVByACIBFCBIYgEIUiDzwA0AcgAiAPQjiIPADbByACIA9CKIg8ANoHIAIgD0IYiDwA2QcgAiAPQgiIPADYByACIA9CMIg8ANMHIAIgD0IgiDwA0gcgAiAPQhCIPADRByACQZAIaiAHIARBBnQiA2pBwAD8CgAAIAAQ3QFBACEAA0ACQCAAQQRHBEAgAkHgCGogAEEEdGohDEEAIQEDQCABQRBGDQIgAkGQCGogAEHI3MAAENUCIAFB2NzAABDgAi0AACENIAJB0AdqIABB6NzAABDVAiABQfjcwAAQ4AItAAAhDiAMIAFBiN3AABDgAiANIA5zOgAAIAFBAWohAQwACwALIAMgBmogAkHgCGpBwAD8CgAAIARBAWohBAwDCyAAQQFqIQAMAAsACwsgBUEDcSIKQQR0IQAgAkHgCGoiARDdAQNAIAAEQCACQdAIaiIDIAkQmwEgAkHQB2oiBBCDAiAEIAMQ9QEgAkGQCGogCCAEEDAgASACKQCYCDcACCABIAIpAJAINwAAIABBEGshACABQRBqIQEMAQUgBiAFQQR0QUBxIgBqIQUgACAHaiEGQQAhAANAIAAgCkZFBEAgAiAGIABBBHQiBGoiASkACDcD2AcgAiABKQAANwPQByACQeAIaiAEaiEHIAJBkAhqEP4BQQAhAQNAIAFBEEZFBEAgAkHQB2ogAUGY3MAAEOACLQAAIQggByABQajcwAAQ4AItAAAhCSACQZAIaiABQbjcwAAQ4AIgCCAJczoAACABQQFqIQEMAQsLIAQgBWoiASACKQCYCDcACCABIAIpAJAINwAAIABBAWohAAwBCwsgAkGgCWokAAsLC48kAgh/AX4CQAJAAkACQCAAQfUBTwRAIABBzP97SwRAQQAPCyAAQQtqIgFBeHEhBUGgmMEAKAIAIghFDQJBHyEHIABB9f//B08NASAFQSYgAUEIdmciAGt2QQFxIABBAXRrQT5qIQcMAQsCQAJAAkACQAJAQZyYwQAoAgAiAkEQIABBC2pB+ANxIABBC0kbIgVBA3YiAHYiAUEDcQRAIAFBf3NBAXEgAGoiBkEDdCIAQZSWwQBqIgQgAEGclsEAaigCACIBKAIIIgNGDQEgAyAENgIMIAQgAzYCCAwCCyAFQaSYwQAoAgBNDQYgAQ0CQaCYwQAoAgAiAEUNBiAAaEECdEGElcEAaigCACIBKAIEQXhxIAVrIQMgASECA0ACQCABKAIQIgANACABKAIUIgANACACKAIYIQcCQAJAIAIgAigCDCIARgRAIAJBFEEQIAIoAhQiABtqKAIAIgENAUEAIQAMAgsgAigCCCIBIAA2AgwgACABNgIIDAELIAJBFGogAkEQaiAAGyEEA0AgBCEGIAEiAEEUaiAAQRBqIAAoAhQiARshBCAAQRRBECABG2ooAgAiAQ0ACyAGQQA2AgALIAdFDQYCQCACKAIcQQJ0QYSVwQBqIgEoAgAgAkcEQCACIAcoAhBHBEAgByAANgIUIAANAgwJCyAHIAA2AhAgAA0BDAgLIAEgADYCACAARQ0GCyAAIAc2AhggAigCECIBBEAgACABNgIQIAEgADYCGAsgAigCFCIBRQ0GIAAgATYCFCABIAA2AhgMBgsgACgCBEF4cSAFayIBIAMgASADSSIBGyEDIAAgAiABGyECIAAhAQwACwALQZyYwQAgAkF+IAZ3cTYCAAsgASAAQQNyNgIEIAAgAWoiACAAKAIEQQFyNgIEIAFBCGoPCwJAQQIgAHQiBEEAIARrciABIAB0cWgiBkEDdCIBQZSWwQBqIgQgAUGclsEAaigCACIAKAIIIgNHBEAgAyAENgIMIAQgAzYCCAwBC0GcmMEAIAJBfiAGd3E2AgALIAAgBUEDcjYCBCAAIAVqIgcgASAFayIGQQFyNgIEIAAgAWogBjYCAEGkmMEAKAIAIgIEQEGsmMEAKAIAIQECQEGcmMEAKAIAIgRBASACQQN2dCIDcUUEQEGcmMEAIAMgBHI2AgAgAkF4cUGUlsEAaiIDIQQMAQsgAkF4cSICQZSWwQBqIQQgAkGclsEAaigCACEDCyAEIAE2AgggAyABNgIMIAEgBDYCDCABIAM2AggLQayYwQAgBzYCAEGkmMEAIAY2AgAMBQtBoJjBAEGgmMEAKAIAQX4gAigCHHdxNgIACwJAAkAgA0EQTwRAIAIgBUEDcjYCBCACIAVqIgYgA0EBcjYCBCADIAZqIAM2AgBBpJjBACgCACIBRQ0BQayYwQAoAgAhAAJAQZyYwQAoAgAiBEEBIAFBA3Z0IgdxRQRAQZyYwQAgBCAHcjYCACABQXhxQZSWwQBqIgQhAQwBCyABQXhxIgRBlJbBAGohASAEQZyWwQBqKAIAIQQLIAEgADYCCCAEIAA2AgwgACABNgIMIAAgBDYCCAwBCyACIAMgBWoiAEEDcjYCBCAAIAJqIgAgACgCBEEBcjYCBAwBC0GsmMEAIAY2AgBBpJjBACADNgIACyACQQhqIgBFDQEMAgtBACAFayEDAkACQAJAIAdBAnRBhJXBAGooAgAiAkUEQEEAIQFBACEADAELQQAhASAFQRkgB0EBdmtBACAHQR9HG3QhBEEAIQADQAJAIAIoAgRBeHEiBiAFSQ0AIAYgBWsiBiADTw0AIAIhASAGIgMNAEEAIQMgASEADAMLIAIoAhQiBiAAIAYgAiAEQR12QQRxaigCECICRxsgACAGGyEAIARBAXQhBCACDQALCyAAIAFyRQRAQQAhAUECIAd0IgBBACAAa3IgCHEiAEUNAyAAaEECdEGElcEAaigCACEACyAARQ0BCwNAIAMgACgCBEF4cSIEIAVrIgIgAyACIANJIgYbIAQgBUkiBBshAyABIAAgASAGGyAEGyEBIAAoAhAiAgR/IAIFIAAoAhQLIgANAAsLIAFFDQAgBUGkmMEAKAIAIgBNIAMgACAFa09xDQAgASgCGCEHAkACQCABIAEoAgwiAEYEQCABQRRBECABKAIUIgAbaigCACICDQFBACEADAILIAEoAggiAiAANgIMIAAgAjYCCAwBCyABQRRqIAFBEGogABshBANAIAQhBiACIgBBFGogAEEQaiAAKAIUIgIbIQQgAEEUQRAgAhtqKAIAIgINAAsgBkEANgIACwJAIAdFDQACQAJAIAEoAhxBAnRBhJXBAGoiAigCACABRwRAIAEgBygCEEcEQCAHIAA2AhQgAA0CDAQLIAcgADYCECAADQEMAwsgAiAANgIAIABFDQELIAAgBzYCGCABKAIQIgIEQCAAIAI2AhAgAiAANgIYCyABKAIUIgJFDQEgACACNgIUIAIgADYCGAwBC0GgmMEAQaCYwQAoAgBBfiABKAIcd3E2AgALAkAgA0EQTwRAIAEgBUEDcjYCBCABIAVqIgAgA0EBcjYCBCAAIANqIAM2AgAgA0GAAk8EQCAAIAMQZAwCCwJAQZyYwQAoAgAiAkEBIANBA3Z0IgRxRQRAQZyYwQAgAiAEcjYCACADQfgBcUGUlsEAaiIDIQIMAQsgA0H4AXEiBEGUlsEAaiECIARBnJbBAGooAgAhAwsgAiAANgIIIAMgADYCDCAAIAI2AgwgACADNgIIDAELIAEgAyAFaiIAQQNyNgIEIAAgAWoiACAAKAIEQQFyNgIECyABQQhqIgANAQsCQAJAAkACQAJAIAVBpJjBACgCACIBSwRAIAVBqJjBACgCACIATwRAIAVBr4AEaiIBQRB2QAAiAkF/RgRAQQAPC0EAIQAgAkEQdCICRQ0HQbSYwQAgAUGAgHxxIgBBEGsgACACQQAgAGtGGyIBQbSYwQAoAgBqIgA2AgBBuJjBACAAQbiYwQAoAgAiBCAAIARLGzYCAAJAAkBBsJjBACgCACIEBEBBhJbBACEAA0AgACgCACIDIAAoAgQiBmogAkYNAiAAKAIIIgANAAsMAgtBwJjBACgCACIAQQAgACACTRtFBEBBwJjBACACNgIAC0HEmMEAQf8fNgIAQYiWwQAgATYCAEGElsEAIAI2AgBBoJbBAEGUlsEANgIAQaiWwQBBnJbBADYCAEGclsEAQZSWwQA2AgBBsJbBAEGklsEANgIAQaSWwQBBnJbBADYCAEG4lsEAQayWwQA2AgBBrJbBAEGklsEANgIAQcCWwQBBtJbBADYCAEG0lsEAQayWwQA2AgBByJbBAEG8lsEANgIAQbyWwQBBtJbBADYCAEHQlsEAQcSWwQA2AgBBxJbBAEG8lsEANgIAQdiWwQBBzJbBADYCAEHMlsEAQcSWwQA2AgBBkJbBAEEANgIAQeCWwQBB1JbBADYCAEHUlsEAQcyWwQA2AgBB3JbBAEHUlsEANgIAQeiWwQBB3JbBADYCAEHklsEAQdyWwQA2AgBB8JbBAEHklsEANgIAQeyWwQBB5JbBADYCAEH4lsEAQeyWwQA2AgBB9JbBAEHslsEANgIAQYCXwQBB9JbBADYCAEH8lsEAQfSWwQA2AgBBiJfBAEH8lsEANgIAQYSXwQBB/JbBADYCAEGQl8EAQYSXwQA2AgBBjJfBAEGEl8EANgIAQZiXwQBBjJfBADYCAEGUl8EAQYyXwQA2AgBBoJfBAEGUl8EANgIAQaiXwQBBnJfBADYCAEGcl8EAQZSXwQA2AgBBsJfBAEGkl8EANgIAQaSXwQBBnJfBADYCAEG4l8EAQayXwQA2AgBBrJfBAEGkl8EANgIAQcCXwQBBtJfBADYCAEG0l8EAQayXwQA2AgBByJfBAEG8l8EANgIAQbyXwQBBtJfBADYCAEHQl8EAQcSXwQA2AgBBxJfBAEG8l8EANgIAQdiXwQBBzJfBADYCAEHMl8EAQcSXwQA2AgBB4JfBAEHUl8EANgIAQdSXwQBBzJfBADYCAEHol8EAQdyXwQA2AgBB3JfBAEHUl8EANgIAQfCXwQBB5JfBADYCAEHkl8EAQdyXwQA2AgBB+JfBAEHsl8EANgIAQeyXwQBB5JfBADYCAEGAmMEAQfSXwQA2AgBB9JfBAEHsl8EANgIAQYiYwQBB/JfBADYCAEH8l8EAQfSXwQA2AgBBkJjBAEGEmMEANgIAQYSYwQBB/JfBADYCAEGYmMEAQYyYwQA2AgBBjJjBAEGEmMEANgIAQbCYwQAgAjYCAEGUmMEAQYyYwQA2AgBBqJjBACABQShrIgA2AgAgAiAAQQFyNgIEIAAgAmpBKDYCBEG8mMEAQYCAgAE2AgAMCAsgAiAETSADIARLcg0AIAAoAgxFDQMLQcCYwQBBwJjBACgCACIAIAIgACACSRs2AgAgASACaiEDQYSWwQAhAAJAAkADQCADIAAoAgAiBkcEQCAAKAIIIgANAQwCCwsgACgCDEUNAQtBhJbBACEAA0ACQCAEIAAoAgAiA08EQCAEIAMgACgCBGoiBkkNAQsgACgCCCEADAELC0GwmMEAIAI2AgBBqJjBACABQShrIgA2AgAgAiAAQQFyNgIEIAAgAmpBKDYCBEG8mMEAQYCAgAE2AgAgBCAGQSBrQXhxQQhrIgAgACAEQRBqSRsiA0EbNgIEQYSWwQApAgAhCSADQRBqQYyWwQApAgA3AgAgA0EIaiIAIAk3AgBBiJbBACABNgIAQYSWwQAgAjYCAEGMlsEAIAA2AgBBkJbBAEEANgIAIANBHGohAANAIABBBzYCACAAQQRqIgAgBkkNAAsgAyAERg0HIAMgAygCBEF+cTYCBCAEIAMgBGsiAEEBcjYCBCADIAA2AgAgAEGAAk8EQCAEIAAQZAwICwJAQZyYwQAoAgAiAUEBIABBA3Z0IgJxRQRAQZyYwQAgASACcjYCACAAQfgBcUGUlsEAaiIAIQEMAQsgAEH4AXEiAEGUlsEAaiEBIABBnJbBAGooAgAhAAsgASAENgIIIAAgBDYCDCAEIAE2AgwgBCAANgIIDAcLIAAgAjYCACAAIAAoAgQgAWo2AgQgAiAFQQNyNgIEIAZBD2pBeHFBCGsiAyACIAVqIgBrIQUgA0GwmMEAKAIARg0DIANBrJjBACgCAEYNBCADKAIEIgFBA3FBAUYEQCADIAFBeHEiARBaIAEgBWohBSABIANqIgMoAgQhAQsgAyABQX5xNgIEIAAgBUEBcjYCBCAAIAVqIAU2AgAgBUGAAk8EQCAAIAUQZAwGCwJAQZyYwQAoAgAiAUEBIAVBA3Z0IgRxRQRAQZyYwQAgASAEcjYCACAFQfgBcUGUlsEAaiIFIQMMAQsgBUH4AXEiAUGUlsEAaiEDIAFBnJbBAGooAgAhBQsgAyAANgIIIAUgADYCDCAAIAM2AgwgACAFNgIIDAULQaiYwQAgACAFayIBNgIAQbCYwQBBsJjBACgCACIAIAVqIgI2AgAgAiABQQFyNgIEIAAgBUEDcjYCBCAAQQhqIQAMBgtBrJjBACgCACEAAkAgASAFayICQQ9NBEBBrJjBAEEANgIAQaSYwQBBADYCACAAIAFBA3I2AgQgACABaiIBIAEoAgRBAXI2AgQMAQtBpJjBACACNgIAQayYwQAgACAFaiIENgIAIAQgAkEBcjYCBCAAIAFqIAI2AgAgACAFQQNyNgIECwwGCyAAIAEgBmo2AgRBsJjBAEGwmMEAKAIAIgBBD2pBeHEiAkEIayIENgIAQaiYwQBBqJjBACgCACABaiIBIAAgAmtqQQhqIgI2AgAgBCACQQFyNgIEIAAgAWpBKDYCBEG8mMEAQYCAgAE2AgAMAwtBsJjBACAANgIAQaiYwQBBqJjBACgCACAFaiIBNgIAIAAgAUEBcjYCBAwBC0GsmMEAIAA2AgBBpJjBAEGkmMEAKAIAIAVqIgE2AgAgACABQQFyNgIEIAAgAWogATYCAAsgAkEIag8LQQAhAEGomMEAKAIAIgEgBU0NAEGomMEAIAEgBWsiATYCAEGwmMEAQbCYwQAoAgAiACAFaiICNgIAIAIgAUEBcjYCBCAAIAVBA3I2AgQMAQsgAA8LIABBCGoLwBgBDn8jAEEQayIEJAAgBCACEEsDQCAEIAEgC2oiDRCdAiAEEEMgBCAELwEMIgJBD3QgAkEBdnJBiJH+/wdxIAJBC3QgAkEFdnJB9+4BcXIiBiACcyIFIAQvAQ4iAkEPdCACQQF2ckGIkf7/B3EgAkELdCACQQV2ckH37gFxciIDIAIgA3MiAkEKdCACQf//A3EiA0EGdnJBzJkDcSACQQZ0IANBCnZyQbPmAHFyc3M7AQ4gBCAELwEKIgNBD3QgA0EBdnJBiJH+/wdxIANBC3QgA0EFdnJB9+4BcXIiCCADcyIHIAYgBUEKdCAFQf//A3EiA0EGdnJBzJkDcSAFQQZ0IANBCnZyQbPmAHFyc3M7AQwgBCAELwEIIgNBD3QgA0EBdnJBiJH+/wdxIANBC3QgA0EFdnJB9+4BcXIiDCADcyIFIAggB0EKdCAHQf//A3EiA0EGdnJBzJkDcSAHQQZ0IANBCnZyQbPmAHFyc3M7AQogBCAELwECIgNBD3QgA0EBdnJBiJH+/wdxIANBC3QgA0EFdnJB9+4BcXIiCSADcyIHIAQvAQQiA0EPdCADQQF2ckGIkf7/B3EgA0ELdCADQQV2ckH37gFxciIGIAMgBnMiBkEKdCAGQf//A3EiA0EGdnJBzJkDcSAGQQZ0IANBCnZyQbPmAHFyc3M7AQQgBCAELwEAIgNBD3QgA0EBdnJBiJH+/wdxIANBC3QgA0EFdnJB9+4BcXIiCiADcyIIQQp0IAhB//8DcSIDQQZ2ckHMmQNxIAhBBnQgA0EKdnJBs+YAcXIgCnMgAnM7AQAgBCAELwEGIgNBD3QgA0EBdnJBiJH+/wdxIANBC3QgA0EFdnJB9+4BcXIiCiADcyIDIAwgBUEKdCAFQf//A3EiDkEGdnJBzJkDcSAFQQZ0IA5BCnZyQbPmAHFyc3MgAnM7AQggBCAKIANBCnQgA0H//wNxIgVBBnZyQcyZA3EgA0EGdCAFQQp2ckGz5gBxcnMgBnMgAnM7AQYgBCACIAkgB0EKdCAHQf//A3EiAkEGdnJBzJkDcSAHQQZ0IAJBCnZyQbPmAHFycyAIc3M7AQIgBCANQRBqIg0QnQIgC0HAAUYEQCAEEPEBIAQQQyAEIAFB4AFqEJ0CIAAgBC8BDiIBIAQvAQwiAkEBdnNB1aoBcSILIAFzIgEgBC8BCiIDIAQvAQgiBUEBdnNB1aoBcSIHIANzIgNBAnZzQbPmAHEiBiABcyIBIAQvAQYiCCAELwEEIg1BAXZzQdWqAXEiDCAIcyIIIAQvAQIiCSAELwEAIgpBAXZzQdWqAXEiDiAJcyIJQQJ2c0Gz5gBxIg8gCHMiCEEEdnNBjx5xIhAgAXMiAToADSAAIAFBCHY6AA8gACAQQQR0IAhzIgE6AAwgACACIAtBAXRzIgIgBSAHQQF0cyILQQJ2c0Gz5gBxIgUgAnMiAiANIAxBAXRzIgcgCiAOQQF0cyIIQQJ2c0Gz5gBxIg0gB3MiB0EEdnNBjx5xIgwgAnMiAjoACSAAIAZBAnQgA3MiAyAPQQJ0IAlzIgZBBHZzQY8ecSIJIANzIgM6AAUgACABQQh2OgAOIAAgAkEIdjoACyAAIAxBBHQgB3MiAToACCAAIANBCHY6AAcgACAJQQR0IAZzIgI6AAQgACAFQQJ0IAtzIgsgDUECdCAIcyIDQQR2c0GPHnEiBSALcyILOgABIAAgAUEIdjoACiAAIAJBCHY6AAYgACALQQh2OgADIAAgBUEEdCADcyIBOgAAIAAgAUEIdjoAAiAEQRBqJAAFIAQQQyAEIAQvAQwiAkEOdCACQQJ2ckHMmf//A3EgAkEKdCACQQZ2ckGz5gBxciIGIAJzIgUgBC8BDiICQQ50IAJBAnZyQcyZ//8DcSACQQp0IAJBBnZyQbPmAHFyIgMgAiADcyICQQh0IAJBgP4DcUEIdnJzczsBDiAEIAQvAQoiA0EOdCADQQJ2ckHMmf//A3EgA0EKdCADQQZ2ckGz5gBxciIIIANzIgcgBiAFQQh0IAVBgP4DcUEIdnJzczsBDCAEIAQvAQgiA0EOdCADQQJ2ckHMmf//A3EgA0EKdCADQQZ2ckGz5gBxciIMIANzIgUgCCAHQQh0IAdBgP4DcUEIdnJzczsBCiAEIAQvAQIiA0EOdCADQQJ2ckHMmf//A3EgA0EKdCADQQZ2ckGz5gBxciIJIANzIgcgBC8BBCIDQQ50IANBAnZyQcyZ//8DcSADQQp0IANBBnZyQbPmAHFyIgYgAyAGcyIGQQh0IAZBgP4DcUEIdnJzczsBBCAEIAQvAQAiA0EOdCADQQJ2ckHMmf//A3EgA0EKdCADQQZ2ckGz5gBxciIKIANzIghBCHQgCEGA/gNxQQh2ciAKcyACczsBACAEIAQvAQYiA0EOdCADQQJ2ckHMmf//A3EgA0EKdCADQQZ2ckGz5gBxciIKIANzIgMgDCAFQQh0IAVBgP4DcUEIdnJzcyACczsBCCAEIAogA0EIdCADQYD+A3FBCHZycyAGcyACczsBBiAEIAkgB0EIdCAHQYD+A3FBCHZycyAIcyACczsBAiAEIA1BEGoQnQIgBBBDIAQgBC8BDCICQQ10IAJBA3ZyQe7d//8BcSACQQl0IAJBB3ZyQZEicXIiBiACcyIFIAQvAQ4iAkENdCACQQN2ckHu3f//AXEgAkEJdCACQQd2ckGRInFyIgMgAiADcyICQQp0IAJB//8DcSIDQQZ2ckHMmQNxIAJBBnQgA0EKdnJBs+YAcXJzczsBDiAEIAQvAQoiA0ENdCADQQN2ckHu3f//AXEgA0EJdCADQQd2ckGRInFyIgggA3MiByAGIAVBCnQgBUH//wNxIgNBBnZyQcyZA3EgBUEGdCADQQp2ckGz5gBxcnNzOwEMIAQgBC8BCCIDQQ10IANBA3ZyQe7d//8BcSADQQl0IANBB3ZyQZEicXIiDCADcyIFIAggB0EKdCAHQf//A3EiA0EGdnJBzJkDcSAHQQZ0IANBCnZyQbPmAHFyc3M7AQogBCAELwECIgNBDXQgA0EDdnJB7t3//wFxIANBCXQgA0EHdnJBkSJxciIJIANzIgcgBC8BBCIDQQ10IANBA3ZyQe7d//8BcSADQQl0IANBB3ZyQZEicXIiBiADIAZzIgZBCnQgBkH//wNxIgNBBnZyQcyZA3EgBkEGdCADQQp2ckGz5gBxcnNzOwEEIAQgBC8BACIDQQ10IANBA3ZyQe7d//8BcSADQQl0IANBB3ZyQZEicXIiCiADcyIIQQp0IAhB//8DcSIDQQZ2ckHMmQNxIAhBBnQgA0EKdnJBs+YAcXIgCnMgAnM7AQAgBCAELwEGIgNBDXQgA0EDdnJB7t3//wFxIANBCXQgA0EHdnJBkSJxciIKIANzIgMgDCAFQQp0IAVB//8DcSIOQQZ2ckHMmQNxIAVBBnQgDkEKdnJBs+YAcXJzcyACczsBCCAEIAogA0EKdCADQf//A3EiBUEGdnJBzJkDcSADQQZ0IAVBCnZyQbPmAHFycyAGcyACczsBBiAEIAIgCSAHQQp0IAdB//8DcSICQQZ2ckHMmQNxIAdBBnQgAkEKdnJBs+YAcXJzIAhzczsBAiAEIA1BIGoQnQIgBBBDIAQgBC8BDCICQQx0IAJBBHZyIgcgAnMiAyAELwEOIgJBDHQgAkEEdnIiBSACIAVzIgJBCHQgAkGA/gNxQQh2cnNzOwEOIAQgBC8BCiIFQQx0IAVBBHZyIgYgBXMiBSAHIANBCHQgA0GA/gNxQQh2cnNzOwEMIAQgBC8BCCIDQQx0IANBBHZyIg0gA3MiAyAGIAVBCHQgBUGA/gNxQQh2cnNzOwEKIAQgBC8BAiIFQQx0IAVBBHZyIgwgBXMiBSAELwEEIgdBDHQgB0EEdnIiBiAGIAdzIgdBCHQgB0GA/gNxQQh2cnNzOwEEIAQgBC8BACIGQQx0IAZBBHZyIgggBnMiBkEIdCAGQYD+A3FBCHZyIAhzIAJzOwEAIAQgBC8BBiIIQQx0IAhBBHZyIgkgCHMiCCANIANBCHQgA0GA/gNxQQh2cnNzIAJzOwEIIAQgCSAIQQh0IAhBgP4DcUEIdnJzIAdzIAJzOwEGIAQgDCAFQQh0IAVBgP4DcUEIdnJzIAZzIAJzOwECIAtBQGshCwwBCwsLghkCEn8EfiMAQaAOayIFJAACQAJAIAQoAggiCEE4TwRAIAUgBCgCBCIGKQAQNwP4BCAFIAYpAAg3A/AEIAUgBikAADcD6AQgBUGABWoiByABIAVB6ARqIAIgAxB8IAVBoAVqIAZBGGoQ5QFB/wFxRQRAIAVBATYCsAIgBUEAOgC0AiAHEK4CDAILQQAhBgNAIAZB8AFHBEAgBUGgBmogBmpBADsBACAGQQJqIQYMAQsLIAVBEGoiASAFQYAFahDVASAFQaAGaiABEEsgASAFQZAFahDVASAFQbAGaiABEEsgBUHQBmohBiAFQcAGaiECQQghAwNAIAVBoAZqIgEgAxCuASAGQRBrIgcQQyAHEJ8CIAIgAi8BAEGAAXM7AQAgASADQQhqIgFBBxCAASADQegARgRAIAVB0AZqIQJBCCEHQQMhAQNAAkACQCABRQRAIAVB8AdqEMMBQRAhBgNAIAZB8AFGDQIgBUGgBmogBmoQnwIgBkEQaiEGDAALAAsgBUGgBmogB0EBdGoiAxDDASADQRBqEPEBQQAhBgNAIAZBEEYNAiACIAZqIgMgAy8BACIDIAMgA0ECdnNBkMYAcSIDQQJ0cyADcyIDIAMgA0EBdnNB0KABcSIDQQF0cyADczsBACAGQQJqIQYMAAsACyAFQRBqIgIgBUGgBmoiAUHwAfwKAAAgBUGIDmoiAxD+ASABIAIQsQEgARCDAiABIAMQ9QEgAyACIAEQMCAFIAUpAJAONwOoBiAFIAUpAIgONwOgBiABIAFBCHIQ/AEgBUIANwPQAiAFQgA3A9gCIAUgBSkDqAYiF0IviDwAzgIgBSAXQieIPADNAiAFIBdCH4g8AMwCIAUgBSkDoAYiGEI3iDwAxwIgBSAYQi+IPADGAiAFIBhCJ4g8AMUCIAUgGEIfiDwAxAIgBSAXpyIGQRd2OgDLAiAFIAZBD3Y6AMoCIAUgBkEHdjoAyQIgBSAXQgGGIhogGEI/iIQ8AMgCIAUgGKciBkEXdjoAwwIgBSAGQQ92OgDCAiAFIAZBB3Y6AMECIAUgF0I/iCIZIBhCAYaEPADAAiAFIBdCgICAgICAgICAf4MgGUI+hoQgGUI5hoQgGoVCOIg8AM8CIAVBADoAoAYgBUEAOgD4DSAFQQA6AOgNIAVBADoAkAYgBUEAOgCABiAFQQA6APAFIAVBADoA4AUgBUEAOgDfBSAFQQA6ANgFIAVBADoA1wUgBUEAOgDWBSAFQQA6ANUFIAVBADoA1AUgBUEAOgDTBSAFQQA6ANIFIAVBADoA0QUgBSAFQZgOajYCpAYgBSADNgKgBiABEKoCIAVB4AJqIAJB8AH8CgAAIAVBADYCsAIgBSAFKQDABTcD0AQgBSAFKADIBTYC2AQgBUGABWoQrgIgAiAFQcACaiIQQaAC/AoAACABIAitEL0BIAUoAqAGIQIgARD5AgJAAkACQAJAAkAgAkUEQCAFQYAOaiEUIAVBsAZqIQsgBUHIAmohDCAFQYQFaiEOIAVBMGohDyAFQbwCaiEVIAVBoAJqIREgBCgCCCEJQTghAUIAIRcCQAJAA0AgASAJTwRAIAkgCkkNBSAJIAprIgJB8P///wdxIQggBCgCBCAKaiEBAkAgAkEEdiIDRQ0AIANBBHQhAyABIQYDQCADRQ0BIAVCADcDqAYgBUIANwOgBiAGIAUpA6gGNwAIIAYgBSkDoAY3AAAgA0EQayEDIAZBEGohBgwACwALIAEgCGohAyACQQ9xIQYDQCAGRQ0DIANBADoAACAGQQFrIQYgA0EBaiEDDAALAAsgBUEIaiABIAkgAUGQgAFqIgIgAiAJSxsiAiAEKAIEIhIgCUGE0MAAEJUCIAUoAgwiE0EPTQ0FIAUoAgghByAFIBEoAAg2ArgCIAUgESkAADcDsAIgCyAXQjiGIBdCgP4Dg0IohoQgF0KAgPwHg0IYhiAXQoCAgPgPg0IIhoSEIBdCCIhCgICA+A+DIBdCGIhCgID8B4OEIBdCKIhCgP4DgyAXQjiIhISENwIAIAVBCDYCrAYgBSAVNgKkBiAHIBNBEGsiCGohA0EAIQYDQCAGQQhHBEAgBSAGakG0AmoiDSANLQAAIAYgC2otAABzOgAAIAZBAWohBgwBCwsgBSAFKQOwAjcD4AUgBSAFKAK4AjYC6AUgBSADKQAINwP4BSAFIAMpAAA3A/AFIAVBoAZqEP4BIAVBAToArwYgBSAFKALoBTYCqAYgBSAFKQPgBTcDkAYgBSAFKQOoBjcDmAZBACEGA0AgBkEQRwRAIAVBoAZqIAZqQQA2AgAgBkEEaiEGDAELCyAFIAUpAqgGNwOADiAFIAUpAqAGNwP4DUEAIQYDQCAGQRBHBEAgBUH4DWogBmogBUGQBmogBmooAAAiA0H/gfwHcUEIeCADQRh4Qf+B/AdxciADIAZBDEYbNgIAIAZBBGohBgwBCwsgDiAFKQP4DTcCACAOIAUpA4AONwIIIAUgDzYCgAVBACEGIAVBADYClAUgBUHoDWoiDRD+ASAFQaAGaiIDIA8QsQEgBUGIDmoiFiAOEJsBIAMQgwIgAyAWEPUBIA0gDyADEDAgDCAFKQDoDTcAACAMIAUpAPANNwAIIAUgBSkCkAUiGDcDwAIgBSAFKQKIBSIZNwO4AiAFIAUpAoAFIho3A7ACIAUgGDcDkAUgBSAZNwOIBSAFIBo3A4AFIAUgDCkACDcDiAYgBSAMKQAANwOABiAFIAUpAyg3A8gCIAUgBSkDIDcDwAIgBSAFKQMYNwO4AiAFIAUpAxA3A7ACIAVBsAJqIgNBAUEAELkBIAMgByAIELkBIA0Q/gEgBSAIrSIYQgWIQoCAgDiDIBhCK4ZCgICAgICAwP8AgyAYQjuGhCAYQhuGQoCAgICA4D+DIBhCC4ZCgICAgPAfg4SEhCIYNwPwDSAFQgA3A+gNIAUgGDcDkA4gBUIANwOIDgNAIAZBEEcEQCAFQbACaiAFQYgOaiAGahCiAiAGQRBqIQYMAQsLIAUgECkACDcDgA4gBSAQKQAANwP4DSAFQgA3A4gOIAVCADcDkA4gBSAFKQOIDjcDoAYgBSAFKQOQDjcDqAYgBUIANwOIDiALIAUpA4gONwAAIAVCADcDkA4gCyAFKQOQDjcACCAFQfgNaiAUEPwBIAUgBSkDgA43A5AOIAUgBSkD+A03A4gOQQAhBgNAIAZBEEcEQCAFQYgOaiAGaiIDIAMtAAAgBUGABmogBmotAABzOgAAIAZBAWohBgwBCwsgBSAFKQOQDjcDmAYgBSAFKQOIDjcDkAZBASEDQQAhBgNAIAZBEEcEQCADIAVB8AVqIAZqKAAAIAVBkAZqIAZqKAAAcxDKAkF/c3EhAyAGQQRqIQYMAQsLIAUgA0EAEMoCQX9zcUEBc0H/AXEQygJBf3NBAXE6AKAGIAUtAKAGRQ0CIAUgBSkDkAU3A7AGIAUgBSkDiAU3A6gGIAUgBSkDgAU3A6AGIAhBBHYiAyAFKAK0BkF/c00EQCAIQRFPBEAgBSADNgKADiAFIAc2AvwNIAUgBzYC+A0gByAIQXBxaiEHIAVBoAZqIAVB+A1qEC4gE0EPcSEICyAIBEAgBUGwAmoiAxD+ASAFIAMgCEH03sAAEIkCIAUoAgAgBSgCBCAHIAhBhN/AABC6AiAFQQE2ApAOIAUgAzYCjA4gBSADNgKIDiAFQaAGaiAFQYgOahAuIAcgCCADIAhBlN/AABC6AgsgBUELOgDoBCAFQegEahCXAyACQRBrIgMgCUsNByABIANLDQggCiAJIAMgAWsiBmtLDQkgBgRAIAogEmogASASaiAG/AoAAAsgF0IBfCEXIAogAWsgA2ohCiACIQEMAQsLQYTgwABBJyAFQZ8OakH038AAQazgwAAQ0AEACyAAQQs6AAAgBCAKNgIIIAVBEGoQrAEMDQsgBUEAOgDoBCAFQegEahCXAwsgACAEEJgDIAVBEGoQrAEMCwsgCiAJIAlB9M/AABBlAAtBjdzAAEETQeTPwAAQjAIAC0EAIAMgCUGQycAAEGUACyABIAMgCUGgycAAEGUAC0H428AAQStBlNDAABCMAgALIAJBQGshAiABQQFrIQEgB0EgaiEHDAALAAUgBUGgBmoiAyABEK4BIAYQQyAGEJ8CIAMgAUEIaiIDQQMQgAEgBkEgaiEGIAJBImohAgwBCwALAAsgBUEBNgKwAiAFQQA6ALQCCyAFQbACakEEchDUAiAAIAQQmAMLIAVBoA5qJAAL+hwCH38DfiMAQbAEayICJAAgAkGQAWogARCnAQJAAkACQAJ/IAItAJABQQFGBEAgAigClAEMAQsgAi0AkQFBAUYEQCACLQCSAUHbAEcNAiABIAEtABhBAWsiAzoAGCADQf8BcQ0DIAJBGDYCsAIgASACQbACahDSASEBIABBgICAgHg2AgAgACABNgIEDAQLIAJBBTYCsAIgASACQbACahDSAQshASAAQYCAgIB4NgIAIAAgATYCBAwCCyABIAJBrwRqQbDhwAAQSSABENgCIQEgAEGAgICAeDYCACAAIAE2AgQMAQsgASABKAIUQQFqNgIUIAJBAToAICACIAE2AhwgAkEAQQhB6AAQ4wEgAkEANgIsIAIgAigCBCIaNgIoIAIgAigCADYCJCACQYwDaiEbIAJB8AJqIRwgAkHEAmohDiACQbgCaiEPIAJBsAJqQQRyIRAgAkHsAmohFyACQfgDaiEdIAJB9ANqIRgCfwJAA0AgAkGwAmogAkEcahBbIAItALACQQFGBEAgAigCtAIhBQwCCwJAAkACQAJAAkACQAJAAn8CfwJAAkAgAi0AsQJBAUYEQCACQZABaiACKAIcIgYQpwEgAi0AkAFBAUYEQCACKAKUASEFDA4LIAItAJEBQQFGBEACQAJAIAItAJIBIgNB2wBHBEAgA0H7AEYNASAGIAJBrwRqQdDhwAAQSSAGENgCIQUMEQsgBiAGLQAYQQFrIgM6ABggA0H/AXFFDQ4gBiAGKAIUQQFqNgIUIAJBAToA6AMgAiAGNgLkAyACQbACaiACQeQDahCkASACKAKwAiIHQYGAgIB4RgRAIAIoArQCIQVBAiEEDA0LIAdBgICAgHhGDQEgAigCuAIhFSACKAK0AiEJIAJBsAJqIAJB5ANqEKoBIAIoArACIREgAigCyAIiCkGBgICAeEYEQCARIQgMDAsgAiAQKAIQNgKwAyACIBApAgg3A6gDIAIgECkCADcDoAMCQAJAIApBgICAgHhHBEAgAigCzAIhEyACKQPQAiEhIAJBsAJqIAJB5ANqEKUBIAIoArQCIgUhCCACKAKwAiIEQQJrDgIBDQILQQFBuNjAABDcASEIDA0LQQAhBAsgAkGwAmogAkHkA2oQpQEgAigCtAIhCAJAAkAgAigCsAIiFkECaw4CAAwBC0EAIRYLIAJBsAJqIgwgAkHkA2oQWwJAAkAgAi0AsAJBAUcEQEGAgICAeCEDIAItALECQQFHDQIgDCACKALkAxA1IAIoArACIgNBgICAgHhHDQELIAIoArQCIh4hCAwMCyACKAK4AiEgIAIoArQCIR4LIAJBACAgIANBgICAgHhGIg0bNgKQBCACQQggHiANGzYCjAQgAkEAIAMgDRs2AogEIAJBsAJqIAJB5ANqEFsCQAJAAn8gAi0AsAJBAUYEQCACKAK0AgwBCyACLQCxAkUEQEGAgICAeCELDAMLIAJBsAJqIAIoAuQDEDogAigCtAIhDSACKAKwAiILQYGAgIB4Rw0BIA0LIQggAkGIBGoQ6gEMDAsgAiAPKQIAIiI3A/ADIAIgDykCCCIjNwP4AyACICI3A7gDIAIgIzcDwAMLIAIgAigCsAM2ApACIAIgAikDqAM3A4gCIAIgAikDoAM3A4ACIAIgAikCiAQ3A/ABIAIgAigCkAQ2AvgBDAwLIAYgBi0AGEEBayIDOgAYIANB/wFxRQ0IIAYgBigCFEEBajYCFCACQQE6AMwDIAIgBjYCyANBgICAgHghCiACQYCAgIB4NgLkA0GBgICAeCELIAJBgYCAgHg2AvADQQIhEkGAgICAeCEIQYCAgIB4IQxBAiEHQQIhCQNAIAJBsAJqIAJByANqEFQgAi0AsAJBAUYEQCACKAK0AiEDDAYLAkACQAJAAkACQAJAAkACQAJAIAItALECQQFGBEAgAigCyAMiA0EANgIIIAMgAygCFEEBajYCFCACQbACaiADQQxqIAMQOyACKAK0AiEDIAIoArACQQJGDQ8CQAJAAkACQAJAIAMgAigCuAIiBEHC0cAAQQQQ2QJFBEAgAyAEQdzKwABBBhDZAg0BIAMgBEHG0cAAQQUQ2QINAiADIARBy9HAAEEGENkCDQMgAyAEQdHRwABBCBDZAg0EIAMgBEHZ0cAAQQsQ2QINBSADIARB5NHAAEEGENkBIQMMFQsgCkGAgICAeEcEQEHC0cAAQQQQhwIhAwwVCyACQbACaiACKALIAxDPAiACKAK0AiEDIAIoArACIgRBgICAgHhGDQYgAigCuAIhFiADIREgBCEKDA8LIAhBgICAgHhHBEBB3MrAAEEGEIcCIQMMFAsgAkGwAmogAigCyAMQzgIgAigCsAIhEyACKALIAiIDQYCAgIB4Rg0SIAIgECgCEDYC4AMgAiAQKQIINwPYAyACIBApAgA3A9ADIAIoAswCIRUgAikD0AIhISADIQgMDgsgB0ECRg0MQcbRwABBBRCHAiEDDBILIBJBAkYNCkHL0cAAQQYQhwIhAwwRCyAMQYCAgIB4Rg0GQdHRwABBCBCHAiEDDBALIAtBgYCAgHhGDQRB2dHAAEELEIcCIQMMDwsgCkGAgICAeEYNAiAIQYCAgIB4Rw0BQdzKwABBBhCIAiEDIAogERCqA0EAIQkgCiEHQYCAgIB4DBALQQEhCUGAgICAeAwOC0GAgICAeCEHIAtBgYCAgHhHBEAgAiAYKAIQNgKoBCACIBgpAgg3A6AEIAIgGCkCADcDmAQgCyEHC0EAIB8gDEGAgICAeEYiAxshC0EIIBQgAxshFEEAIAwgAxshDCASQQAgEkECRxshEiAJQQAgCUECRxshBCACIAIoAuADNgKoAiACIAIpAtgDNwOgAiACIAIpAtADNwOYAgwPC0EBIQlBwtHAAEEEEIgCIQNBgICAgHgMDAsgAigCyAMiBBCiASIDDQEgAkGwAmogBBA6IAIoArQCIQMgAigCsAIiC0GBgICAeEYNCiACIA8pAgg3A5AEIAIgDykCADcDiAQgAkHwA2oQkQMgHSACKQOIBDcCACAdIAIpA5AENwIIIAIgAzYC9AMgAiALNgLwAwwFCyACKALIAyIEEKIBIgNFDQELIAIgAzYCtAIMCAsgAkGwAmogBBA1IAIoArQCIRQgAigCsAIiDEGAgICAeEYEQCAUIQMMCAsgAigCuAIhHyACQeQDahCSAyACIB82AuwDIAIgFDYC6AMgAiAMNgLkAwwCCyACQbACaiACKALIAxDQAiACKAK0AiENIAIoArACIhJBAkcNAUEBIQkgCiEHIA0hAyAIDAgLIAJBsAJqIAIoAsgDENACIAIoArQCIQUgAigCsAIiB0ECRgRAQQEhCSAKIQcgBSEDIAgMCAUgByEJDAELAAsAC0ECIQRBAEG42MAAENwBIQUMCgsgAkEFNgKwAiAGIAJBsAJqENIBIQUMDQsgAiACKQIkIiE3AwggAiACKAIsNgIQICGnDA0LQQEhCSAKIQcgEyEDQYCAgIB4DAILQQEhCSAKCyEHIAgLIQUgAkHwA2oQkQMgAkHkA2oQkgMgBUGAgICAeEcEQCAFIBUQqgMLQQIhBCAHQYCAgIB4RyAJcQRAIAcgERCqAwsgAyEFCyAGIAYtABhBAWo6ABggBhCQASEDIA4gAikDmAI3AgAgDiACKQOgAjcCCCAOIAIoAqgCNgIQIBcgAikDmAQ3AgAgFyACKQOgBDcCCCAXIAIoAqgENgIQIAIgEzYCwAIgAiANNgK8AiACIBI2ArgCIAIgBTYCtAIgAiAHNgLoAiACICE3A+ACIAIgFTYC3AIgAiAINgLYAiACIAQ2ArACIAIgAzYCmAMgAiALNgKUAyACIBQ2ApADIAIgDDYCjAMgAiAWNgKIAyACIBE2AoQDIAIgCjYCgAMCQCAEQQJHBEAgAw0BIAJBkAFqIA9B4AD8CgAADAYLQQIhBCADRQ0FIAMQtwEMBQsgAkGwAmoQxAJBAiEEIAMhBQwECyACQRg2ArACIAYgAkGwAmoQ0gEhBQwGCyAKIBMQqgMLIAcgCRCqA0ECIQQgCCEFCyAGIAYtABhBAWo6ABggBhByIQMgDiACKQOAAjcCACAOIAIpA4gCNwIIIA4gAigCkAI2AhAgHCACKQO4AzcDACAcIAIpA8ADNwMIIAIgETYCwAIgAiAINgK8AiACIBY2ArgCIAIgBTYCtAIgAiANNgLsAiACIAs2AugCIAIgITcD4AIgAiATNgLcAiACIAo2AtgCIAIgBDYCsAIgGyACKQPwATcCACAbIAIoAvgBNgIIIAIgFTYCiAMgAiAJNgKEAyACIAc2AoADIAIgAzYCmAMCQCAEQQJHBEAgAw0BIAJBkAFqIA9B4AD8CgAADAILQQIhBCADRQ0BIAMQtwEMAQsgAkGwAmoQxAJBAiEEIAMhBQsgBEECRgRAIAUgBhDYAiEFDAMLIAJBMGogAkGQAWpB4AD8CgAAIARBA0YNAiACKAIkIBlGBEAjAEEQayIDJAAgA0EIaiACQSRqIgcgBygCAEEBQQhB6AAQXCADKAIIIgdBgYCAgHhHBEAgAygCDBogBxDyAgALIANBEGokACACKAIoIRoLIBogGUHoAGxqIgMgBTYCBCADIAQ2AgAgA0EIaiACQTBqQeAA/AoAACACIBlBAWoiGTYCLAwBCwsgAkEYNgKwAiAGIAJBsAJqENIBIQULIAJBgICAgHg2AgggAiAFNgIMIAJBJGoQ8wJBgICAgHgLIQMgASABLQAYQQFqOgAYIAIgARByIgQ2AhQCQAJAIANBgICAgHhHBEAgBEUNAiACQQhqEPMCDAELIAIoAgwgBARAIAQQtwELIQQLIAQgARDYAiEBIABBgICAgHg2AgAgACABNgIEDAELIAAgAikCDDcCBCAAIAM2AgALIAJBsARqJAALgxwDDH8GfgFvIwBB0AFrIgIkAAJAAn8CQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAC0AmAVBAWsOAwkCAQALIABByAJqIABByAL8CgAACyAAQcgCaiELAkACQCAALQCIBUEBaw4DCAIBAAsgACgC+AQhBSACQeAAaiIDIAAoAoAFIAAoAoQFEGIgAi0AYEELRwRAQauiwABBDUG4osAAQRAQ2wEhBCADENQCDBMLIAIgAi0AYzoAsgEgAiACLwBhOwGwASACIAIpAmg3ALcBIAIgAi0AcDoAvwEgAiACKAJkNgCzASACQQI2AogBIAJBAjYCdCACIAVBDGooAgAiAzYCnAEgAiADIAVBEGooAgBB6ABsIgZqIgU2AqABIAJBiAFqIQgCfwJAA0AgBkUNASACQQA2AnwgAkEBNgJ0IAIgAygCYCIENgKAASACIANBEGo2AnggAiAEIAMoAmRBMGxqNgKEASAGQegAayEGIANB6ABqIQMgAkHYAGogAkGwAWogAkH0AGoQhQEgAigCWCIERQ0ACyACKAJcDAELIAIgBTYCnAEgAkECNgJ0IAIoAogBQQJGDQsgAkHQAGogAkGwAWogCBCFASACKAJQIgRFDQsgAigCVAshByAEKQMQIQ4gAEHgBGogBEEcaigCACAEQSBqKAIAEPABIAAgBCkDCDcD0AQgACAEKQMANwPIBCAAIA43A9gEIABByARqIQYgAC0AiQVFBEAgACgC+AQhBEEAIQEgACgC8AQiCRDMAyIDQQBIDQoCQCADRQRAQQEhCEEAIQUMAQtBASEBIAJByABqQQEgAxDXAiADIQUgAigCSCIIRQ0LCyAJIAggCRDMAxDsASACIAg2AqgBIAIgBTYCpAEgAiADNgKsAQJAAkACQAJAIAApA9gEIg4Q3gIgA61RBEAgAkHEAWogBEE4aiAGIAcQxQEgAkH0AGogBEEYaiACKALIASIBIAIoAswBIAJBpAFqEDEgAi0AdCIDQQtHDQIgAigCxAEgARCqAyACQUBrIA6nIgUgAigCqAEiBCACKAKsASIBQfTMwAAQqQIgAigCRCEDIAIoAkAhBgNAIANFDQIgA0EBayEDIAYtAAAgBkEBaiEGRQ0ACwsgAkGkAWoQhAFBACEDDAILIAEgBU8EQCACIAU2AqwBIAUhAQsgBCABEIADIQUgAQRAIARBACAB/AsACyACIAJBpAFqNgJ0IAIoAqQBIAIoAqgBEKoDIAJBOGogBRCBAyIBIAAoAuQEIAAoAugEELwBIAIoAjwhBCACKAI4IQMgARCdAyAFEJ0DDAILIAIgAigAhAE2AL8BIAIgAikAfTcDuAEgAiACKQB1NwOwASACKALEASABEKoDCyACIAM6AHQgAiACKQOwATcAdSACIAIpA7gBNwB9IAIgAigAvwE2AIQBEKgDIQQgAkH0AGoQ1AIgAigCpAEgAigCqAEQqgNBASEDCyADQQFxDRIMFAsgAkEwahB+IAIoAjBBAXENAkGUocAAQQdB+KLAAEEnENsBIQQMEQsgAEGwBGohCAJAAkACQCAALQCwBEEBaw4EBwMBAAILIAEoAgAhBSAAKALABCEDDAwLIAAoArgEIQMMBAsgACgCvAMhAyAAKALAAyEHIAAoArgDIQYgACgCtAMhBCAAKAKwAyEFDAILAAsgAigCNCEFIABBADoAsAQgACAHNgLAAyAAIAY2ArgDIAAgBTYC9AQgACAAQfAEaiIDNgK8AyAAIABB9ARqIgU2ArADIAAgACgC+ARBCGoiBDYCtAMgAEGwBGohCAsgACADNgLMAyAAIAY2AsgDIAAgBTYCxAMgACADKAIAEMwDrSIONwPIAgJAIAAoAsgDKQMQIhAQ3gIgDlEEQCAAIBAQngIiDjcD0AIgACAOQg6IQgF8NwPYAiAAQeACaiIFQQBBOPwLACAAKALMAygCAEEAQTgQ7wIiAyAFQTgQ7AEgAxCdAyAAIAApA/ACNwOoAyAAIAApA+gCNwOgAyAAIAApA+ACNwOYAyAAQdADaiAEQTBqIAAoAsgDIAcQxQEgAEHcA2oiBSAEQRBqIABBmANqIAAoAtQDIAAoAtgDEHxBACEDQQEhBgNAIANBIEYNAiAAIANqIgRB+AJqLQAAIARB/ANqLQAAcyIEQQAgBGtywEEAThCIAyAGcSEGIANBAWohAwwACwALEKgDIQQMDAsCQCAGEIgDQf8BcQRAIAAgBUEgEIADNgKoBCAAQfOgwABBBxCDAyIFEIEDNgKsBCAFEJ0DIAAoAsQDKAIAJQFB+qDAAEEDIAAoAqgEJQFB/aDAAEEHQQAgACgCrAQlARAOIRQQYSIFIBQmASACQShqEMYCIAIoAihBAXFFDQEgAigCLCEDQZShwABBB0GbocAAQSoQ2wEhBAwLCxCoAyEEDAsLIAAgBRCLASIDNgK4BAsgAkEgaiADIAEoAgAiBRCSAUECIQYgAigCICIEQQJHDQFBAwwLC0GEocAAEKwDAAsgAigCJCEDIAAoArgEEOMCIARBAUYEQEGUocAAQQdBm6HAAEEqENsBIQQMBwsgACADNgK4BCAAKAKoBBDMAyEBIAAoAqgEJQFBAEEAIAEQDyEUEGEiASAUJgEgARCdAyAAKALYAhAQIRQQYSIBIBQmASAAIAE2ArwEIABBnARqIQYgAkG0AWohCSACQYQBaiEEIAApA9gCIRBCACEOA0ACQCAOIBBSBEAgAiAGKAAINgK4ASACIAYpAAA3A7ABIAQgDkI4hiAOQoD+A4NCKIaEIA5CgID8B4NCGIYgDkKAgID4D4NCCIaEhCAOQgiIQoCAgPgPgyAOQhiIQoCA/AeDhCAOQiiIQoD+A4MgDkI4iISEhDcCACACQgA3AowBQQAhAwNAIANBCEYNAiADIAlqIgEgAS0AACADIARqLQAAczoAACADQQFqIQMMAAsACyAAKAK8BCUBEBEhFBBhIgEgFCYBIAAgARCLASIDNgLABAwGCyACQbABakEMEIADIQMQowMiASUBQf2gwABBBxASIAElASADJQEQEyADEJ0DIAAoAsQDIAAoAswDKAIAIA5CkIABfiIPp0E4aiAAKQPIAiIRIA9CyIABfCIPIA8gEVYbpxDvAiEDKAIAJQEgASUBIAAoArgEJQEgAyUBEBQhFBBhIgcgFCYBIAJBGGoQxgIgAigCGEEBRgRAIAIoAhwQqAMhBBCdAyADEJ0DIAEQnQMMBwUgAxCdAyAAKAK8BCUBIA6nIAclASAHENcBEBUgARCdAyAOQgF8IQ4MAQsACwALQeiiwAAQrAMAC0GEpsAAEKwDAAsgARDyAgALQauiwABBDUHIosAAQR0Q2wEhBAwHCyACQRBqIAMgBRCSAUECIQZBBCACKAIQIgFBAkYNBBogAigCFCEJIAAoAsAEEOMCIAFBAUYEQBCoAyEEIAkQnQMMAQsQFiEUEGEiBSAUJgEgAkEANgJ8IAJCgICAgBA3AnQgACkD2AIhE0EBIQFBACEEQgAhDgNAAkACQCAOIBNSBEAgCSUBIA6nEBchFBBhIgcgFCYBAkBCgIABIAApA9ACIA5CDoYiEH0iDyAPQoCAAVobIg8gByUBEBitUQRAIAAoAsgDKQMQIhEgEH0iEkIAIBEgElobIhIgD1QEQCACAn8gBCAHIBKnIgwgDyASfacQ8AIiChDMAyIDTwRAIAMMAQsgAkH0AGogAyAEayIEEGYgBEEBayEDIAIoAngiASACKAJ8Ig1qIQYDQCAGQQA6AAAgAwRAIANBAWshAyAGQQFqIQYMAQsLIAQgDWoLIgQ2AnwgCiABIAQQ7AFBACEDA0AgAyAERg0FIAEgA2ogA0EBaiEDLQAARQ0ACxCoAyEEIAoQnQMMAgsgBSAHELYDDAQLEKgDIQQLIAcQnQMgAigCdCACKAJ4EKoDIAUQnQMgCRCdAwwECyACQQhqIAUgACgCyAMiASgCHCABKAIgELwBIAIoAgwhBCACKAIIIQYgAigCdCACKAJ4EKoDIAUQnQMgCRCdAyAAKAK8BBCdAyAAKAK4BBCdAyAAKAKsBBCdAyAAKAKoBBCdAyAAQdwDahCuAiAAKALQAyAAQdQDaigCABCqA0EBDAcLIAoQnQMgECARWg0AIAUgB0EAIAwQ8AIiAxC2AyADEJ0DCyAOQgF8IQ4gBxCdAwwACwALIAAoArwEEJ0DIAAoArgEIQMLIAMQnQMgACgCrAQQnQMgACgCqAQQnQMLIABB3ANqEK4CIAAoAtADIABB1ANqKAIAEKoDC0EBIQZBAQshASAIIAE6AABBAiEDIAZBAkYEQCAAQQM6AIgFDAULIAsQ4AEgACgC9AQQnQMgBkEBcUUNAgsgACgC4AQgAEHkBGooAgAQqgMLQQEMAQsgACgC4AQgAEHkBGooAgAQqgNBAAshAyAAKAL4BBDmAiAAKAL8BCAAQYAFaigCABCqAyAAKALwBBCdAyAAQQE6AIgFCyAAIANBAkYiBQR/QQMFIAsQ+QEgAEGUBUGQBSADQQFxG2ooAgAjAEEQayIBJAAlAUGACCUBIAQlARAJIRQQYSIDIBQmASABQQhqEMYCIAEoAgwhBiACIAEoAghBAXEiCDYCACACIAYgAyAIGzYCBCABQRBqJAAgAigCBCACKAIAQQFGBEBB6KbAAEExELoDAAsQnQNBgAgQnQMgBBCdAyAAKAKQBRCdAyAAKAKUBRCdA0EBCzoAmAUgAkHQAWokACAFC4MXAQ9+IAAgACkDACIGQqLEiJGixIiRIoMiAyAAKQMQIAGFIgFCkaLEiJGixIgRgyINfiAGQpGixIiRosSIEYMiCSABQqLEiJGixIiRIoMiBH6FIAZCxIiRosSIkaLEAIMiByABQoiRosSIkaLEiH+DIgh+hSAGQoiRosSIkaLEiH+DIgUgAULEiJGixIiRosQAgyIKfoVCosSIkaLEiJEigyAJIA1+IgsgAyAIfiAHIAp+IAQgBX6FhYVCkaLEiJGixIgRg4QiDEI+hiALQj+GhSAFIAh+IAcgDX4gAyAEfiAJIAp+hYWFQsSIkaLEiJGixACDIAUgDX4gBCAHfiADIAp+IAggCX6FhYVCiJGixIiRosSIf4OEIAyEIg1COYaFIAApAwgiAyAGhSIJQqLEiJGixIiRIoMiBCAAKQMYIAKFIgIgAYUiB0KRosSIkaLEiBGDIgh+IAlCkaLEiJGixIgRgyIFIAdCosSIkaLEiJEigyIKfoUgCULEiJGixIiRosQAgyILIAdCiJGixIiRosSIf4MiDH6FIAlCiJGixIiRosSIf4MiCSAHQsSIkaLEiJGixACDIgd+hUKixIiRosSIkSKDIAkgCn4gByALfiAEIAx+IAUgCH6FhYVCkaLEiJGixIgRg4QgCSAMfiAIIAt+IAQgCn4gBSAHfoWFhULEiJGixIiRosQAg4QgCCAJfiAKIAt+IAQgB34gBSAMfoWFhUKIkaLEiJGixIh/g4QgBkI4hiAGQoD+A4NCKIaEIAZCgID8B4NCGIYgBkKAgID4D4NCCIaEhCAGQgiIQoCAgPgPgyAGQhiIQoCA/AeDhCAGQiiIQoD+A4MgBkI4iISEhCIGQgSIQo+evPjw4cOHD4MgBkKPnrz48OHDhw+DQgSGhCIGQgKIQrPmzJmz5syZM4MgBkKz5syZs+bMmTODQgKGhCIGQgGIQtWq1arVqtWq1QCDIAZC1arVqtWq1arVAINCAYaEIgZCosSIkaLEiJEigyIEIAFCOIYgAUKA/gODQiiGhCABQoCA/AeDQhiGIAFCgICA+A+DQgiGhIQgAUIIiEKAgID4D4MgAUIYiEKAgPwHg4QgAUIoiEKA/gODIAFCOIiEhIQiAUIEiEKPnrz48OHDhw+DIAFCj568+PDhw4cPg0IEhoQiAUICiEKz5syZs+bMmTODIAFCs+bMmbPmzJkzg0IChoQiAUIBiELVqtWq1arVqtUAgyABQtWq1arVqtWq1QCDQgGGhCIJQpGixIiRosSIEYMiAX4gBkKRosSIkaLEiBGDIgcgCUKixIiRosSIkSKDIgh+hSAGQsSIkaLEiJGixACDIgUgCUKIkaLEiJGixIh/gyIKfoUgBkKIkaLEiJGixIh/gyILIAlCxIiRosSIkaLEAIMiDH6FQqLEiJGixIiRIoMgCCALfiAFIAx+IAQgCn4gASAHfoWFhUKRosSIkaLEiBGDhCAKIAt+IAEgBX4gBCAIfiAHIAx+hYWFQsSIkaLEiJGixACDhCABIAt+IAUgCH4gBCAMfiAHIAp+hYWFQoiRosSIkaLEiH+DhCIBQjiGIAFCgP4Dg0IohoQgAUKAgPwHg0IYhiABQoCAgPgPg0IIhoSEIAFCCIhCgICA+A+DIAFCGIhCgID8B4OEIAFCKIhCgP4DgyABQjiIhISEIgRCBIhCj568+PDhw4cPgyAEQo+evPjw4cOHD4NCBIaEIgRCAohCs+bMmbPmzJkzgyAEQrPmzJmz5syZM4NCAoaEIgRCAYhC1KrVqtWq1arVAIMgBELVqtWq1arVqtUAg0IBhoRCAYiFIA2FIANCiJGixIiRosSIf4MiBCACQsSIkaLEiJGixACDIgd+IANCxIiRosSIkaLEAIMiCCACQoiRosSIkaLEiH+DIgV+IANCosSIkaLEiJEigyIKIAJCkaLEiJGixIgRgyILfiADQpGixIiRosSIEYMiDCACQqLEiJGixIiRIoMiDn6FhYVCosSIkaLEiJEigyAEIA5+IAcgCH4gBSAKfiALIAx+hYWFQpGixIiRosSIEYOEIAQgBX4gCCALfiAKIA5+IAcgDH6FhYVCxIiRosSIkaLEAIOEIAQgC34gCCAOfiAHIAp+IAUgDH6FhYVCiJGixIiRosSIf4OEIhGFIgeFIghCAoggCEIHiIUgCCADQjiGIANCgP4Dg0IohoQgA0KAgPwHg0IYhiADQoCAgPgPg0IIhoSEIANCCIhCgICA+A+DIANCGIhCgID8B4OEIANCKIhCgP4DgyADQjiIhISEIgNCBIhCj568+PDhw4cPgyADQo+evPjw4cOHD4NCBIaEIgNCAohCs+bMmbPmzJkzgyADQrPmzJmz5syZM4NCAoaEIgNCAYhC1arVqtWq1arVAIMgA0LVqtWq1arVqtUAg0IBhoQiA0KixIiRosSIkSKDIgUgAkI4hiACQoD+A4NCKIaEIAJCgID8B4NCGIYgAkKAgID4D4NCCIaEhCACQgiIQoCAgPgPgyACQhiIQoCA/AeDhCACQiiIQoD+A4MgAkI4iISEhCICQgSIQo+evPjw4cOHD4MgAkKPnrz48OHDhw+DQgSGhCICQgKIQrPmzJmz5syZM4MgAkKz5syZs+bMmTODQgKGhCICQgGIQtWq1arVqtWq1QCDIAJC1arVqtWq1arVAINCAYaEIgRCkaLEiJGixIgRgyICfiADQpGixIiRosSIEYMiCiAEQqLEiJGixIiRIoMiC36FIANCxIiRosSIkaLEAIMiDCAEQoiRosSIkaLEiH+DIg5+hSADQoiRosSIkaLEiH+DIg8gBELEiJGixIiRosQAgyIQfoVCosSIkaLEiJEigyALIA9+IAwgEH4gBSAOfiACIAp+hYWFQpGixIiRosSIEYOEIA4gD34gAiAMfiAFIAt+IAogEH6FhYVCxIiRosSIkaLEAIOEIAIgD34gCyAMfiAFIBB+IAogDn6FhYVCiJGixIiRosSIf4OEIgJCOIYgAkKA/gODQiiGhCACQoCA/AeDQhiGIAJCgICA+A+DQgiGhIQgAkIIiEKAgID4D4MgAkIYiEKAgPwHg4QgAkIoiEKA/gODIAJCOIiEhIQiBUIEiEKPnrz48OHDhw+DIAVCj568+PDhw4cPg0IEhoQiBUICiEKz5syZs+bMmTODIAVCs+bMmbPmzJkzg0IChoQiBUIBiELUqtWq1arVqtUAgyAFQtWq1arVqtWq1QCDQgGGhIVCAYiFIAiFNwMYIAAgDSANQgGIIA1CAoiFIA1CB4iFIAIgASADIAaFIgJCosSIkaLEiJEigyIGIAQgCYUiA0KRosSIkaLEiBGDIg1+IAJCkaLEiJGixIgRgyIJIANCosSIkaLEiJEigyIEfoUgAkLEiJGixIiRosQAgyIIIANCiJGixIiRosSIf4MiBX6FIAJCiJGixIiRosSIf4MiAiADQsSIkaLEiJGixACDIgN+hUKixIiRosSIkSKDIAIgBH4gAyAIfiAFIAZ+IAkgDX6FhYVCkaLEiJGixIgRg4QgAiAFfiAIIA1+IAQgBn4gAyAJfoWFhULEiJGixIiRosQAg4QgAiANfiAEIAh+IAMgBn4gBSAJfoWFhUKIkaLEiJGixAiDhIWFIgFCOIYgAUKA/gODQiiGhCABQoCA/AeDQhiGIAFCgICA+A+DQgiGhIQgAUIIiEKAgID4D4MgAUIYiEKAgPwHg4QgAUIoiEKA/gODIAFCOIiEhIQiAUIEiEKPnrz48OHDhw+DIAFCj568+PDhw4cPg0IEhoQiAUICiEKz5syZs+bMmTODIAFCs+bMmbPmzJkzg0IChoQiAUIBiELUqtWq1arVqtUAgyABQtWq1arVqtWq1QCDQgGGhEIBiIUgB0I+hoUgB0I/hoUgB0I5hoWFIBGFNwMQC4UQAgx/AX4jAEGQAmsiAiQAIAJByAFqIAEQpwECQAJAAkACfyACLQDIAUEBRgRAIAIoAswBDAELIAItAMkBQQFGBEAgAi0AygFB2wBHDQIgASABLQAYQQFrIgM6ABggA0H/AXENAyACQRg2AuABIAEgAkHgAWoQ0gEhASAAQYCAgIB4NgIAIAAgATYCBAwECyACQQU2AuABIAEgAkHgAWoQ0gELIQEgAEGAgICAeDYCACAAIAE2AgQMAgsgASACQY8CakGg4cAAEEkgARDYAiEBIABBgICAgHg2AgAgACABNgIEDAELIAEgASgCFEEBajYCFCACQQE6ADggAiABNgI0IAJBGGpBAEEIQTAQ4wEgAkEANgJEIAIgAikDGDcCPCACQeABakEEciEJAn8CfwJAAkACQANAIAJB4AFqIAJBNGoQWyACLQDgAUEBRgRAIAIoAuQBDAULAkAgAgJ/AkACQAJAAkACQAJAAkAgAi0A4QFBAUYEQCACQcgBaiACKAI0IgQQpwEgAi0AyAFBAUYEQCACKALMAQwPCyACLQDJAUEBRw0BAkAgAi0AygEiA0HbAEcEQCADQfsARg0BIAQgAkGPAmpBgOLAABBJIAQQ2AIMEAsgBCAELQAYQQFrIgU6ABggBUH/AXFFDQ4gBCAEKAIUQQFqNgIUIAJBAToAxAEgAiAENgLAASACQeABaiACQcABahCpAUGAgICAeCEHIAIoAuQBIgshBQJ/AkACQAJAAkAgAigC4AEOAwEADQALIAJB4AFqIAJBwAFqEKkBIAIoAuQBIQUgAigC4AEOAwECDAILQQBB/NjAABDcAQwCC0EBQfzYwAAQ3AEMAQsgAkHgAWogAkHAAWoQqgEgAigC4AEhAyACKAL4ASIGQYGAgIB4Rg0IIAIgCSgCEDYC2AEgAiAJKQIINwPQASACIAkpAgA3A8gBIAZBgICAgHhHBEAgAigC/AEhCiACKQOAAiEOIAIgAigC2AE2AqABIAIgAikD0AE3A5gBIAIgAikDyAE3A5ABIAUhDCAGIQcgAyEFDAoLQQJB/NjAABDcAQshBQwICyAEIAQtABhBAWsiAzoAGCADQf8BcUUNBSAEIAQoAhRBAWo2AhQgAkEBOgDEASACIAQ2AsABQYCAgIB4IQNBACENQQAhBwN/An8gAkHgAWogAkHAAWoQVCACLQDgAUEBRgRAIAIoAuQBDAELAkACQCACLQDhAUEBRgRAIAIoAsABIgZBADYCCCAGIAYoAhRBAWo2AhQgAkHgAWogBkEMaiAGEDsgAigC5AEhBiAGIAIoAuABQQJGDQMaAkACQCAGIAIoAugBIghBxtHAAEEFENkCRQRAIAYgCEHL0cAAQQYQ2QINASAGIAhB3MrAAEEGENkCDQIgBiAIQZTSwABBAxDZAQwGCyAHRQ0EQcbRwABBBRCHAgwFCyANRQ0CQcvRwABBBhCHAgwECyADQYCAgIB4RwRAQdzKwABBBhCHAiEFDAgLIAJB4AFqIAIoAsABEM4CIAIoAuABIQUgAigC+AEiA0GAgICAeEYNCCACIAkoAhA2AtgBIAIgCSkCCDcD0AEgAiAJKQIANwPIASACKAL8ASEKIAIpA4ACIQ4MBAsgB0UEQEHG0cAAQQUQiAIMAwsgDUUEQEHL0cAAQQYQiAIMAwsgA0GAgICAeEYEQEGAgICAeCEHQdzKwABBBhCIAiEFDAkLIAIgAigC2AE2ArgBIAIgAikC0AE3A7ABIAIgAikCyAE3A6gBIAMhBwwICyACQRBqIAIoAsABEOkBIAIoAhQhDCAMIAIoAhBBAXENARpBASENDAILIAJBCGogAigCwAEQ6QEgAigCDCELIAIoAghBAXEEfyALBUEBIQcMAgsLCyEFQYCAgIB4IQcgA0GAgICAeEcNAgwECyACIAIpAjwiDjcDICACIAIoAkQ2AiggDqcMDgsgAkEFNgLgASAEIAJB4AFqENIBDAwLIAMgChCqAwtBgICAgHghBwsgBCAELQAYQQFqOgAYIAQQkAEhAyAHQYCAgIB4Rg0EIAMNBiACQagBagwDCyACQRg2AuABIAQgAkHgAWoQ0gEMCAsgAyEFCyAEIAQtABhBAWo6ABggBBByIQMgB0GAgICAeEYNASADDQMgAkGQAWoLIgMpAgA3A0ggAiADKQIINwNQIAIgAygCEDYCWCACKAJEIgYgAigCPEYEQCMAQRBrIggkACAIQQhqIAJBPGoiAyADKAIAQQFBCEEwEFwgCCgCCCIDQYGAgIB4RwRAIAgoAgwaIAMQ8gIACyAIQRBqJAALIAIoAkAgBkEwbGoiAyAFNgIAIAMgAikDSDcCBCADIAIpA1A3AgwgAyACKAJYNgIUIAMgDDYCLCADIAs2AiggAyAONwMgIAMgCjYCHCADIAc2AhggAiAGQQFqNgJEDAELCyADBEAgAxC3AQsgBSEDDAELIAcgChCqAwsgAyAEENgCDAELIAJBGDYC4AEgBCACQeABahDSAQshBSACQYCAgIB4NgIgIAIgBTYCJCACQTxqEOoBQYCAgIB4CyEDIAEgAS0AGEEBajoAGCACIAEQciIFNgIsAkACQCADQYCAgIB4RwRAIAVFDQIgAkEgahDqAQwBCyACKAIkIAUEQCAFELcBCyEFCyAFIAEQ2AIhASAAQYCAgIB4NgIAIAAgATYCBAwBCyAAIAIpAiQ3AgQgACADNgIACyACQZACaiQAC+sQAhl/AX4jAEGAAWsiAiQAIAAoAgghCiAAKAIEIQ5BASEFQQEhA0EBIQgDQAJAIAQgBmoiAUEITQRAIAUtAKyCQSIFIAEtAKyCQSIBTwRAIAEgBUcEQEEBIQhBACEEIAMiBkEBaiEDDAMLQQAgBEEBaiIBIAEgCEYiBRshBCABQQAgBRsgA2ohAwwCCyADIARqQQFqIgMgBmshCEEAIQQMAQsgAUEJQYy1wAAQ5gEACyADIARqIgVBCUkNAAtBASEFQQEhA0EAIQRBASEHQQAhAQNAAkACQCABIARqIglBCE0EQCAFLQCsgkEiBSAJLQCsgkEiCUsNASAFIAlHBEBBASEHQQAhBCADIgFBAWohAwwDC0EAIARBAWoiBSAFIAdGIgkbIQQgBUEAIAkbIANqIQMMAgsgCUEJQYy1wAAQ5gEACyADIARqQQFqIgMgAWshB0EAIQQLIAMgBGoiBUEJSQ0ACwJAAkACQAJAIAYgASABIAZJIgEbIglBCkkEQCAIIAcgARsiAyAJaiIBIANJIAFBCk9yRQRAAkACQAJAQayCwQAgA0GsgsEAaiAJEOsBIhEEQEEJIAlrIgEgCSABIAlLG0EBaiEDQX8hBUKAgICAsMSUCCEaIAkhAUF/IQYMAQtBASEGQQAhBEEBIQFBACEIA0AgASIFIARqIgtBCE0EQCABQX9zIARrIgdBCWohASAHQXdJDQpBCCAEIAhqayIHQQhLDQkCQAJAIAEtAKyCQSIBIActAKyCQSIHTwRAIAEgB0YNASAFQQFqIQFBACEEQQEhBiAFIQgMAgsgC0EBaiIBIAhrIQZBACEEDAELQQAgBEEBaiIBIAEgBkYiBxshBCABQQAgBxsgBWohAQsgAyAGRw0BCwtBASEGQQAhBEEBIQFBACEHA0AgASIFIARqIhJBCE0EQCABQX9zIARrIgtBCWohASALQXdJDQRBCCAEIAdqayILQQlPDQMCQAJAIAEtAKyCQSIBIAstAKyCQSILTQRAIAEgC0YNASAFQQFqIQFBACEEQQEhBiAFIQcMAgsgEkEBaiIBIAdrIQZBACEEDAELQQAgBEEBaiIBIAEgBkYiCxshBCABQQAgCxsgBWohAQsgAyAGRw0BCwtBCSEGQQkgByAIIAcgCEsbayEBIANFBEBBACEDQQAhBQwBC0EAIQVBACEEA0BCASAEQayCwQBqMQAAhiAahCEaIAMgBEEBaiIERw0ACwsgAkEJNgJ8IAJBrILBADYCeCACIAo2AnQgAiAONgJwIAIgBjYCaCACIAU2AmQgAiAKNgJgIAJBADYCXCACIAM2AlggAiABNgJUIAIgCTYCUCACIBo3A0ggAkEBNgJAIAJBNGohEyARQQBHIQ8gDkEJayEVQQAgAkHIAGoiDCgCDCINayEWIA1BrILBAGohBCANQQlrIRdBCSANIA1BCU0bIhggDWshCyAMKAIgIQEgDCgCECEJIAwpAwAhGiAMKAIYIQMDQCAWQQkgASAPGyIFIA0gBSANSxtqIREgDSABIA0gASANSRsgDxsiEkEBa0EJSSEZAkACQAJAAkACQANAIAogA0EJayIFTQRAQQAhASAMQQA2AhgMBgsCQCAaIAUgDmoxAACIQgGDUEUEQCADIBVqIQggA0EKayEHIBIhAQwBCyAMIAU2AhggBSEDIA8NAUEJIQEMBQsCQANAIAFFBEAgAyAXaiEBIBEhBiALIQggBCEHA0AgBkUEQCAMIAU2AhggD0UEQCAMQQk2AiALIBMgAzYCCCATIAU2AgRBASEBDAoLIAhFDQUgASAKTw0GIAZBAWshBiAIQQFrIQggASAOaiEQIActAAAgB0EBaiEHIAFBAWohASAQLQAARg0ACyAMIAMgCWsiAzYCGCAPDQMgCSEBDAcLIAFBAWshBiAZRQ0FIAogASAHaiIQSwRAIAFBq4LBAGogASAIaiEUIAYhAS0AACAUQQFrLQAARw0CDAELCyAQIApB6IPBABDmAQALIAwgASADaiANayIDNgIYIA8NAAtBCSEBDAMLIBhBCUG4g8EAEOYBAAsgASAKQciDwQAQ5gEACyAGQQlB2IPBABDmAQALIAwgATYCIAwBCwsgEyABNgIAQQAhAUEAIQUgAigCNEEBRw0FIAIoAjgiBkEJaiIIIQQDQCACQShqIA4gCiAEQbiCwQAQ4gECQCACKAIsBEAgAigCKC0AAEEwa0H/AXFBCkkNAQsgAkEgaiAOIAogBEHIgsEAEOIBIAIoAiAgAigCJEHYgsEAQQgQ2gJFDQcgBEEIaiIHIQMDQAJAIAJBGGogDiAKIANB4ILBABDiAQJAIAIoAhwEQCACKAIYLQAAQTBrQf8BcUEKSQ0BCyADIApJDQogAkEQaiAOIAogCCAEQfCCwQAQpgEgAkFAayIBIAIoAhAgAigCFBBpIAItAEBBAUYNCSACKAJEIQUgAkEIaiAOIAogByADQYCDwQAQpgEgASACKAIIIAIoAgwQaSACLQBAQQFGDQkgAigCRCEBIAYgCksNCiAGRSAGIApPckUEQCAGIA5qLAAAQb9/TA0CCyAAIAY2AggMCgsgA0EBaiEDDAELC0Hf5cAAQTBBkIPBABD6AgALIARBAWohBAwACwALIAtBCUGstcAAEOYBAAsgAUEJQZy1wAAQ5gEACyADIAFBCUG8tcAAEGUAC0EAIAlBCUHMtcAAEGUAC0EAIQFBACEFCyACIAAoAgg2AkggAiAAKQIANwNAIAIgAkFAaxDPASACKQMAIRoQmwIiACABNgIQIAAgBTYCDCAAIBo3AgQgAEEANgIAIAJBgAFqJAAgAA8LIAdBCUGstcAAEOYBAAsgAUEJQZy1wAAQ5gEAC/UMAgx/An4jAEHwAGsiAiQAIAJByABqIAEQpwECQAJAAkACQAJAAkACQAJAAn8CQAJAAkACQAJ/AkACQAJAAkACfyACLQBIQQFGBEAgAigCTAwBCyACLQBJQQFGBEAgAi0ASiIDQdsARg0CIANB+wBGDQMgASACQe8AakGQ4sAAEEkgARDYAiEBIABBgICAgHg2AhggACABNgIADBMLIAJBBTYCWCABIAJB2ABqENIBCyEDIABBgICAgHg2AhggACADNgIADBELIAEgAS0AGEEBayIDOgAYIANB/wFxBEAgASABKAIUQQFqNgIUIAJBAToAJCACIAE2AiAgAkHYAGoiBiACQSBqIgQQWyACLQBYQQFGDQgCQCACLQBZQQFGBEAgBiACKAIgEFUgAi0AWEEBRg0KIAIgAikAXzcDOCACIAIvAGc7AUAgAigAWyEFIAIvAFkhAyAGIAQQWyACLQBYQQFGDQogAi0AWUEBRw0EIAYgAigCIBBWIAIoAlhBAUYNCiACKAJkIQcgAigCYCEIIAYgBBCkASACKAJYIgRBgYCAgHhGDQogBEGAgICAeEYNASACKAJgIQsgAigCXCEJIAIgAzsBWCACIAIvAUA7ARggAiACKQM4NwMQIAIgBTYBWiAFQRB2IQogAigCWCEDDAwLIAIgAi8BMDsBUCACIAIpAig3A0hBAEHs2cAAENwBDAoLQQJB7NnAABDcASEDQYCAgIB4IQQMCgsMBgsgASABLQAYQQFrIgM6ABggA0H/AXFFDQUgASABKAIUQQFqNgIUIAJBAToALCACIAE2AiggAkHgAGohDCACQdgAakEBciENQYCAgIB4IQcDQCACQdgAaiIGIAJBKGoQVCACLQBYQQFGDQICQAJAAkAgAi0AWUEBRgRAIAIoAigiA0EANgIIIAMgAygCFEEBajYCFCAGIANBDGogAxA7IAIoAlwiAyACKAJYQQJGDQcaAkACQCADIAIoAmAiBkHM0sAAQQIQ2QJFBEAgAyAGQc7SwABBAxDZAg0BIAMgBkHR0sAAQQQQ2QINAiADIAZB2NLAAEEDENkBDAoLIAQNAyACKAIoIgQQogEiAwRAIAIgAzYCXAwJCyACQdgAaiAEEFUgAi0AWA0IIAIgDS0AAjoARiACIA0vAAA7AUQgAiAMKQIANwM4IAIgDC0ACDoAQCACKAJcIQpBASEEQQEhCAwGCyAOUA0EQc7SwABBAxCHAgwICyAHQYCAgIB4RwRAQdHSwABBBBCHAiEDDAkLIAJB2ABqIAIoAigQzwIgAigCXCEJIAIoAlgiB0GAgICAeEYNAiACKAJgIQsMBAsgCEEBcUUEQEHM0sAAQQIQiAIMBwsgBUEBcUUEQEHO0sAAQQMQiAIMBwtBgICAgHghBCAHQYCAgIB4RgRAQdHSwABBBBCIAiEDDAkLIAIgAi0ARjoAIiACIAIvAEQ7ASAgAiACKQA4NwNIIAIgAi0AQDoAUCACIAo2ACMgCkEIdiEKIAIoAiAhAyAHIQQMCAtBzNLAAEECEIcCDAULQYCAgIB4IQQgCSEDDAYLIAIoAigiBRCiASIDBEAgAiADNgJcDAMLIAJB2ABqIAUQViACKAJYDQIgAikDYCEPQQEhBUIBIQ4MAAsAC0GAgICAeCEEQQFB7NnAABDcASEDDAcLIAIoAlwLIQNBgICAgHghBCAHQYCAgIB4Rg0BCyAHIAkQqgNBgICAgHghBAsgASABLQAYQQFqOgAYIAEQkAEhBSACIAItACY6AFggAiACKQNINwBZIAIgAi0AUDoAYSAEQYCAgIB4RwRAIAUNByACIAIvAWA7AQggAiACKQFYNwMAIA9CIIinIQcgD6chCAwFCyAFRQ0HDAULIAJBGDYCWCABIAJB2ABqENIBIQMgAEGAgICAeDYCGCAAIAM2AgAMCQsgAigCXAshA0GAgICAeCEECyABIAEtABhBAWo6ABggARByIQUgBEGAgICAeEYEQCAFDQIMBAsgBQ0CIAIgAi8BGDsBCCACIAIpAxA3AwALIAAgCjsBBCAAIAIpAwA3AQYgACACLwEIOwEOIAAgCzYCICAAIAk2AhwgACAHNgIUIAAgCDYCEAwECyAFELcBDAELIAQgCRCqAwwBCyADIQULQYCAgIB4IQQgBSABENgCIQMLIAAgBDYCGCAAIAM2AgALIAJB8ABqJAALoQwCCX8DfiMAQUBqIgIkAAJ/IAICfwJ/AkACQAJAAkAgAC0AACIEQQNrDgUBAAAAAgALIAEoAgQhAyABKAIAIQECQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIARBAWsOEQIDAAQFBgAHCAkKCwwNDg8QAQsACyACIAAtAAE6ADAgAkHCADYCHCACIAJBMGo2AhggASADQbOZwAAgAkEYahBHDBQLIAIgACkDCDcDMCACQcMANgIcIAIgAkEwajYCGCABIANBpZnAACACQRhqEEcMEwsgAiAAKQMINwMwIAJBxAA2AhwgAiACQTBqNgIYIAEgA0GlmcAAIAJBGGoQRwwSCyACIAAoAgQ2AjAgAkHFADYCHCACIAJBMGo2AhggASADQZWZwAAgAkEYahBHDBELIAIgACkCBDcCMCACQQ02AhwgAiACQTBqNgIYIAEgA0HEhMAAIAJBGGoQRwwQCyABQc3iwABBCiADKAIMEQAADA8LIAFB1+LAAEEMIAMoAgwRAAAMDgsgAUHj4sAAQQ4gAygCDBEAAAwNCyABQfHiwABBCCADKAIMEQAADAwLIAFB+eLAAEEDIAMoAgwRAAAMCwsgAUH84sAAQQQgAygCDBEAAAwKCyABQYDjwABBDCADKAIMEQAADAkLIAFBjOPAAEEPIAMoAgwRAAAMCAsgAUGb48AAQQ0gAygCDBEAAAwHCyABQajjwABBDiADKAIMEQAADAYLIAEgACgCBCAAKAIIIAMoAgwRAAAMBQsgACkDCCILQv///////////wCDQv/////////3/wBYBEAgAkEtOgAYIAtC/////////weDIQwgC0I/iKcgAkEYamohAwJ/IAtCNIhC/w+DIgtQBEAgDFANBCACQTBqIAxCAUEBEEogAikDMEIKfiACMQA8QgAgAjEAPX2DfCELIAIoAjghAANAIAtCgICapuqv4wFZBEAgAiALQpqz5syZs+bMGRCvASALIAIpAwgiC0J2fnwiDEIAUiEFIAynDAMFIABBAWshACALQgp+IQsMAQsACwALIAJBMGogDEKAgICAgICACIQgCyAMQgBSEEogAi0APSEFIAIoAjghACACKQMwIQsgAi0APAshByACQTBqIAtCgMLXL4AiDEL/////D4MQjAEgACALQv//mabqr+MBVSIEakEPaiEAIAIpAzAhDQJ+IAsgDEKAwtcvfn0iC1AEQCACKAI4IQZCsODAgYOGjJgwDAELIAJBMGogCxCMASACKAI4QQhqIQYgAikDMEKw4MCBg4aMmDB8CyELIAMgBGogDUKw4MCBg4aMmDB8NwAAIANBCUEIIAQbaiALNwAAIANBEUEQIAQbaiAHQTBqOgAAQREgBiAFQQFxGyAEaiIFQQFrIQQgAEEFakEVTwRAIAMtAAEhBiADQS46AAEgAyAGOgAAIAMgBWoiByAEQQFLIghqIAAgAEEfdSIFcyAFayIFQQlKaiIGIAVB+yhsQRN2IglBMGo6AAAgBiAFQeMASiIKaiAJQbh+bCAFQQF0akHIksEAai8BADsAACAHIAMgBGogCBtB5dYAQeXaACAAQQBOGzsAACAGQQNBAiAKG2oMBAsgA0EBaiEGAkAgACAFQQJrSARAIABBAE4NASADQQEgAGsiAGohBSAEBEAgBSAGIAT8CgAACyAABEAgA0EwIAD8CwALIANBLjoAASAEIAVqDAULIAQEQCADIAYgBPwKAAALIABBA2oiBSAEayIGBEAgAyAEakEwIAb8CwALIAAgA2pBAWpBLjoAACADIAVqDAQLIABBAWoiAARAIAMgBiAA/AoAAAsgACADakEuOgAAIAMgBWoMAwtBmI3BAEGbjcEAIAtCAFkiABtBn43BACALQv////////8Hg1AiBBshA0EDQQQgABtBAyAEGwwDCyABKAIAQbj5wABBBCABKAIEKAIMEQAADAMLIANBMDoAAiADQbDcADsAACADQQNqCyACQRhqIgNrCzYCFCACIAM2AhAgAkESNgI0IAIgAkEQajYCMCABKAIAIAEoAgRB8pjAACACQTBqEEcLIAJBQGskAAucDgEGfyMAQSBrIgQkACAAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAQ4oAgEBAQEBAQEBAwUBAQQBAQEBAQEBAQEBAQEBAQEBAQEBAQkBAQEBBwALIAFB3ABGDQULIAJBAXEgAUH/BUtxDQYgAUEgSQ0LIAFB/wBJDQoMCQsgAEIANwECIABB3OAAOwEADAcLIABCADcBAiAAQdzoATsBAAwGCyAAQgA3AQIgAEHc5AE7AQAMBQsgAEIANwECIABB3NwBOwEADAQLIABCADcBAiAAQdy4ATsBAAwDCyACQYACcUUNBCAAQgA3AQIgAEHczgA7AQAMAgtBEEEAIAFBq50ETxsiAiACQQhyIgMgAUELdCICIANBAnQoAsjEQEELdEkbIgMgA0EEciIDIANBAnQoAsjEQEELdCACSxsiAyADQQJyIgMgA0ECdCgCyMRAQQt0IAJLGyIDIANBAWoiAyADQQJ0KALIxEBBC3QgAksbIgMgA0EBaiIDIANBAnQoAsjEQEELdCACSxsiA0ECdCgCyMRAQQt0IgUgAkYgAiAFS2ogA2oiBUECdCICQcjEwABqIQggAigCyMRAQRV2IQJB/wUhAwJAIAVBH00EQCAIKAIEQRV2IQMgBUUNAQsgCEEEaygCAEH///8AcSEHCwJAIAMgAkF/c2pFDQAgASAHayEHIANBAWshBUEAIQMDQCADIAJB0K7AAGotAABqIgMgB0sNASAFIAJBAWoiAkcNAAsLIAJBAXFFDQIgBEEAOgAOIARBADsBDCAEIAFBFHYtAM/lQDoADyAEIAFBBHZBD3EtAM/lQDoAEyAEIAFBCHZBD3EtAM/lQDoAEiAEIAFBDHZBD3EtAM/lQDoAESAEIAFBEHZBD3EtAM/lQDoAECABQQFyZ0ECdiICIARBDGoiBmoiA0H7ADoAACADQQFrQfUAOgAAIAYgAkECayICakHcADoAACAAIAQpAQw3AAAgBEH9ADoAFSAEIAFBD3EtAM/lQDoAFCAAIAQvARQ7AAgMBQsgAkH///8HcUGAgARJDQIgAEIANwECIABB3MQAOwEAC0EAIQJBAgwECwJAAkACQCABQYCABE8EQCABQYCACEkNASABQf7//wBxIgJBrp0LRiABQeD//wBxQeDNCkZyIAJBnvAKRiABQfDXC2tBcEtyciABQYDwC2tB3WxLIAFBgIAMa0GddEtyIAFB0KYMa0F6SyABQYCCOGtB+eZUS3Jycg0FIAFB8IM4SQ0EDAULIAFBCHZB/wFxIQhBACECA0AgAkECaiEHIAYgAi0A+b5AIgVqIQMgCCACLQD4vkAiAkcEQCACIAhLDQMgAyEGIAciAkHMAEcNAQwDCwJAAkAgAyAGSSADQZwCS3JFBEAgBUUNAiAGQcS/wABqIQIMAQsgBiADQZwCQYTEwAAQZQALA0AgAi0AACABQf8BcUYNByACQQFqIQIgBUEBayIFDQALCyADIQYgByICQcwARw0ACwwBCyABQQh2Qf8BcSEIQQAhAgNAAkAgAkECaiEHIAYgAi0A0bhAIgVqIQMgCCACLQDQuEAiAkcEQCACIAhLDQEgAyEGIAciAkHcAEcNAgwBCwJAAkAgAyAGSSADQdQBS3JFBEAgBUUNAiAGQay5wABqIQIMAQsgBiADQdQBQYTEwAAQZQALA0AgAi0AACABQf8BcUYNByACQQFqIQIgBUEBayIFDQALCyADIQYgByICQdwARw0BCwsgAUH//wNxIQZBASEFQQAhAgNAIAJBAWohAwJAIAIsAIC7QCIHQQBOBEAgAyECDAELIANB+ANHBEAgAkGBu8AAai0AACAHQf8AcUEIdHIhByACQQJqIQIMAQtBlMTAABCxAwALIAYgB2siBkEASA0CIAVBAXMhBSACQfgDRw0ACwwBC0EBIQUgASEGQQAhAgNAIAJBAWohAwJAIAIsAODBQCIHQQBOBEAgAyECDAELIANBpAJHBEAgAkHhwcAAai0AACAHQf8AcUEIdHIhByACQQJqIQIMAQtBlMTAABCxAwALIAYgB2siBkEASA0BIAVBAXMhBSACQaQCRw0ACwsgBUEBcUUNAQsgACABNgIAQYABIQJBgQEMAgsgBEEAOgAYIARBADsBFiAEIAFBFHYtAM/lQDoAGSAEIAFBBHZBD3EtAM/lQDoAHSAEIAFBCHZBD3EtAM/lQDoAHCAEIAFBDHZBD3EtAM/lQDoAGyAEIAFBEHZBD3EtAM/lQDoAGiABQQFyZ0ECdiICIARBFmoiBmoiA0H7ADoAACADQQFrQfUAOgAAIAYgAkECayICakHcADoAACAAIAQpARY3AAAgBEH9ADoAHyAEIAFBD3EtAM/lQDoAHiAAIAQvAR47AAgLQQoLOgANIAAgAjoADCAEQSBqJAALrwsBCX8jAEFAaiICJAAgAiABEKcBAkACQCACLQAAQQFGBEAgAigCBCEBDAELAn8CQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkAgAi0AAUEBRgRAIAItAAJB7gBGDQELIAJBCGogARCnASACLQAIQQFGBEAgAigCDAwQCyACLQAJQQFHDQECQCACLQAKIgNB2wBHBEAgA0H7AEYNASABIAJBP2pB4OHAABBJIAEQ2AIMEQsgASABLQAYQQFrIgM6ABggA0H/AXFFDQ8gASABKAIUQQFqNgIUIAJBAToAOCACIAE2AjQgAkEYaiACQTRqEKQBAkACQCACKAIYIgVBgYCAgHhGBEAgAigCHCEDDAELAn8CQCAFQYCAgIB4RwRAIAIoAiAhCSACKAIcIQQgAkEYaiACQTRqEKQBIAIoAhgiB0GBgICAeEYEQCACKAIcDAMLIAdBgICAgHhGDQEgAigCICEGIAIoAhwhCiAEIQMMBAtBAEGo2sAAENwBIQNBgICAgHghBQwDC0EBQajawAAQ3AELIQMgBSAEEKoDC0GAgICAeCEFCyABIAEtABhBAWo6ABggAiABEHIiBDYCMCACIAY2AiwgAiAKNgIoIAIgBzYCJCACIAk2AiAgAiADNgIcIAIgBTYCGAJAIAVBgICAgHhHBEAgBA0BIAIgAkEgaiIEKQIINwMQIAIgBCkCADcDCAwQCyAEDQQMDgsgAkEYahD1AkGAgICAeCEFIAQhAwwOCyABIAEtABhBAWsiAzoAGCADQf8BcUUNCyABIAEoAhRBAWo2AhQgAkEBOgA4IAIgATYCNEGAgICAeCEGQYCAgIB4IQgCQAJAA0AgAkEYaiACQTRqEFQgAi0AGEEBRgRAIAIoAhwhAwwKCyACLQAZQQFGBEAgAigCNCIDQQA2AgggAyADKAIUQQFqNgIUIAJBGGogA0EMaiADEDsgAigCHCEDIAIoAhhBAkYNCgJAIAMgAigCICIFQdHSwABBBBDZAkUEQCADIAVB8NLAAEEEENkCDQEgAyAFQfTSwABBAhDZASEDDAwLIAZBgICAgHhHDQMgAkEYaiACKAI0EM8CIAIoAhwhAyACKAIYIgZBgICAgHhGDQogAigCICEKIAMhBAwCCyAIQYCAgIB4RwRAQfDSwABBBBCHAiEDDAwLIAJBGGogAigCNBDPAiACKAIcIQcgAigCGCIDQYCAgIB4Rg0IIAIoAiAhCSADIQgMAQsLIAZBgICAgHhGDQUgCEGAgICAeEYNASAEIQMgBgwMC0HR0sAAQQQQhwIhAwwHC0Hw0sAAQQQQiAIhAwwJCyABIAEoAhRBAWo2AhQgAUH4ycAAQQMQmgEiAQ0PIABBgICAgHg2AgAMEAsgAkEFNgIYIAEgAkEYahDSAQwNCyAEELcBDAkLQdHSwABBBBCIAiEDDAELIAchAwwDC0GAgICAeCEGCyAIQYCAgIB4Rg0BCyAIIAcQqgMLQYCAgIB4IAZBgICAgHhGDQEaCyAGIAQQqgNBgICAgHgLIQUgASABLQAYQQFqOgAYIAIgARCQASIENgIwIAIgCTYCLCACIAc2AiggAiAINgIkIAIgCjYCICACIAM2AhwgAiAFNgIYAkAgBUGAgICAeEcEQCAEDQEgAiACQSBqIgQpAgg3AxAgAiAEKQIANwMIDAQLIARFDQIgBBC3AQwCCyACQRhqEPUCQYCAgIB4IQUgBCEDDAILIAJBGDYCGCABIAJBGGoQ0gEMAwtBgICAgHghBQsgBUGAgICAeEYEQCADIAEQ2AIMAgsgACACKQMQNwIQIAAgAikDCDcCCCAAIAM2AgQgACAFNgIADAMLIAJBGDYCGCABIAJBGGoQ0gELIQEgAEGBgICAeDYCACAAIAE2AgQMAQsgAEGBgICAeDYCACAAIAE2AgQLIAJBQGskAAuPCwIIfwF+IwBBIGsiBCQAAkACfwJAAkACQAJAAkACQAJAAkACQANAIAEoAggiBSABKAIEIgZGDQICQAJAAkAgBSAGSQRAIAEoAgAiCCAFai0AACIDQSJGIANB3ABGciADQSBJcg0CIAQgBUEBaiIJIAggBkHMgcEAEKkCIAQoAgBBCGshB0EAIAQoAgQiCkH4////B3FrIQMDQCADRQ0CIANBCGohAyAHQQhqIgcpAAAiC0KixIiRosSIkSKFQoGChIiQoMCAAX0gC0KgwICBgoSIkCB9hCALQty48eLFi5eu3ACFQoGChIiQoMCAAX2EIAtCf4WDQoCBgoSIkKDAgH+DIgtQDQALIAEgByAIayALeqdBA3ZqIgM2AggMAwsgBSAGQbyBwQAQ5gEACyABIApBeHEgCWo2AgggASgCCCIDIAEoAgQiBiADIAZLGyEHIAEoAgAhCANAAkAgAyAHRg0AIAMgCGotAAAiBkEiRiAGQdwARnIgBkEgSXINACABIANBAWoiAzYCCAwBCwsgASgCBCEGIAEoAgghAwwBCyAFIQMLIAMgBkYNAiADIAZPDQMCQCABKAIAIgcgA2otAAAiCEHcAEcEQCAIQSJGDQEgASADQQFqNgIIIARBEDYCFCAAIAEgBEEUahDtAQwNCyADIAVJDQUgAiAFIAdqIAMgBWsQlwIgASADQQFqIgU2AggCQCAFIAZJBEAgASADQQJqNgIIIAQgBSAHai0AACIDOgANDAELIARBBDYCFCAEQQxqIAEgBEEUahDvASAELQAMQQFGBEAgBCgCEAwNCyAELQANIQMLAkACQAJAAkACQAJAAkACQAJAAkACQCADQf8BcSIDQe4Aaw4IBwEBAQgBCQoACwJAIANB4gBrDgUFAQEBBgALIANBIkYNASADQS9GDQMgA0HcAEYNAgsgBEEMNgIUIAEgBEEUahCAAgwUCyACQSIQsQIMCQsgAkHcABCxAgwICyACQS8QsQIMBwsgAkEIELECDAYLIAJBDBCxAgwFCyACQQoQsQIMBAsgAkENELECDAMLIAJBCRCxAgwCCyAEQRRqIgMgARCGASAELwEUQQFGDQogBC8BFiIFQYD4A3FBgLgDRg0CIAVBgMgAakH//wNxQYD4A08EQCADIAEQ5wEgBC0AFEEBRg0LIAQtABUgASABKAIIIgdBAWo2AghB3ABHDQcgAyABEOcBIAQtABQNCyAELQAVIAEgB0ECajYCCEH1AEcNCCADIAEQhgEgBC8BFA0LIAQvARYiBkGAQGtB//8DcUH/9wNNBEAgBEEUNgIUIAEgAxCAAgwNCyAGQYDIAGpB//8DcSAFQYDQAGpB//8DcUEKdGpBgIAEaiACEIIBDAILIAUgAhCCAQwBCwsgAigCCARAIAMgBUkNByACIAUgB2ogAyAFaxCXAkEBIQcgASADQQFqNgIIIARBFGogASACKAIEIAIoAggQnAECQCAEKAIUIgNFBEBBAiEHIAQoAhghAwwBCyAAIAQoAhg2AggLIAAgBzYCACAAIAM2AgQMCwsgAyAFSQ0HIAEgA0EBajYCCCAEQRRqIAEgBSAHaiADIAVrEJwBIAACfyAEKAIUIgNFBEAgBCgCGCEDQQIMAQsgACAEKAIYNgIIQQALNgIAIAAgAzYCBAwKCyAEQRQ2AhQgASAEQRRqEIACDAgLIARBBDYCFCAAIAEgBEEUahDtAQwICyADIAZB3IHBABDmAQALIAUgAyAGQYyCwQAQZQALIARBFzYCFCABIARBFGoQgAIMBAsgBEEXNgIUIAEgBEEUahCAAgwDCyAFIAMgBkHsgcEAEGUACyAFIAMgBkH8gcEAEGUACyAEKAIYCyEBIABBAjYCACAAIAE2AgQLIARBIGokAAvRBwEKfwJAAkAgACgCCCIKQYCAgMABcUUNAAJAAkACQAJAIApBgICAgAFxBEAgAC8BDiIIDQFBACECDAILIAJBEE8EQCACIAEgAUEDakF8cSIJayIGaiIIQQNxIQUgASAJRwRAIAEhBANAIAcgBCwAAEG/f0pqIQcgBEEBaiEEIAZBAWoiBg0ACwsgBQRAIAkgCEH8////B3FqIQQDQCADIAQsAABBv39KaiEDIARBAWohBCAFQQFrIgUNAAsLIAhBAnYhBiADIAdqIQcDQCAJIQggBkUNBUHAASAGIAZBwAFPGyILQQNxIQUCQCALQQJ0IglB8AdxIgNFBEBBACEDDAELIAMgCGohDEEAIQMgCCEEA0AgAyAEKAIAIgNBf3NBB3YgA0EGdnJBgYKECHFqIARBBGooAgAiA0F/c0EHdiADQQZ2ckGBgoQIcWogBEEIaigCACIDQX9zQQd2IANBBnZyQYGChAhxaiAEQQxqKAIAIgNBf3NBB3YgA0EGdnJBgYKECHFqIQMgBEEQaiIEIAxHDQALCyAGIAtrIQYgCCAJaiEJIANBCHZB/4H8B3EgA0H/gfwHcWpBgYAEbEEQdiAHaiEHIAVFDQALIAVBAnQhBSAIIAtB/AFxQQJ0aiEEQQAhAwNAIAMgBCgCACIDQX9zQQd2IANBBnZyQYGChAhxaiEDIARBBGohBCAFQQRrIgUNAAsgA0EIdkH/gfwHcSADQf+B/AdxakGBgARsQRB2IAdqIQcMBAsgAkUNAyABIQQgAiEDA0AgByAELAAAQb9/SmohByAEQQFqIQQgA0EBayIDDQALDAMLIAEgAmohBkEAIQIgASEDIAghBQNAIAMiBCAGRg0CAn8gBEEBaiAELAAAIgNBAE4NABogBEECaiADQWBJDQAaIARBBEEDIANBb0sbagsiAyAEayACaiECIAVBAWsiBQ0ACwtBACEFCyAIIAVrIQcLIAcgAC8BDCIDTw0AIAMgB2shCEEAIQRBACEGAkACQAJAIApBHXZBA3FBAWsOAgABAgsgCCEGDAELIAhB/v8DcUEBdiEGCyAKQf///wBxIQkgACgCBCEFIAAoAgAhAANAIARB//8DcSAGQf//A3FJBEBBASEDIARBAWohBCAAIAkgBSgCEBEBAEUNAQwDCwtBASEDIAAgASACIAUoAgwRAAANASAIIAZrQf//A3EhAUEAIQQDQCABIARB//8DcU0EQEEADwsgBEEBaiEEIAAgCSAFKAIQEQEARQ0ACwwBCyAAKAIAIAEgAiAAKAIEKAIMEQAAIQMLIAML7gYBBX8CQAJAAkACQAJAAkACQAJAAkAgAEEEayIHKAIAIghBeHEiBEEEQQggCEEDcSIFGyABak8EQCAFQQAgAUEnaiIGIARJGw0BAkAgAkEJTwRAIAIgAxBYIgINAUEADwtBACECIANBzP97Sw0KQRAgA0ELakF4cSADQQtJGyEBIABBCGshBiAFRQRAIAZFIAFBgAJJciABIARPcg0JIAQgAWtBgIAITQ0IDAkLIAQgBmohBQJAIAEgBEsEQCAFQbCYwQAoAgBGDQFBrJjBACgCACAFRwRAIAUoAgQiCEECcQ0LIAhBeHEiCCAEaiIEIAFJDQsgBSAIEFogBCABayIFQRBPBEAgByABIAcoAgBBAXFyQQJyNgIAIAEgBmoiASAFQQNyNgIEIAQgBmoiBCAEKAIEQQFyNgIEIAEgBRBQDAoLIAcgBCAHKAIAQQFxckECcjYCACAEIAZqIgEgASgCBEEBcjYCBAwJC0GkmMEAKAIAIARqIgQgAUkNCgJAIAQgAWsiBUEPTQRAIAcgCEEBcSAEckECcjYCACAEIAZqIgEgASgCBEEBcjYCBEEAIQVBACEBDAELIAcgASAIQQFxckECcjYCACABIAZqIgEgBUEBcjYCBCAEIAZqIgQgBTYCACAEIAQoAgRBfnE2AgQLQayYwQAgATYCAEGkmMEAIAU2AgAMCAsgBCABayIEQQ9NDQcgByABIAhBAXFyQQJyNgIAIAEgBmoiASAEQQNyNgIEIAUgBSgCBEEBcjYCBCABIAQQUAwHC0GomMEAKAIAIARqIgQgAUsNBQwICyADIAEgASADSxsiAwRAIAIgACAD/AoAAAsgBygCACIDQXhxIgcgAUEEQQggA0EDcSIBG2pJDQIgAUUNCCAGIAdJDQMMCAtByIvBAEEuQfiLwQAQ+gIAC0GIjMEAQS5BuIzBABD6AgALQciLwQBBLkH4i8EAEPoCAAtBiIzBAEEuQbiMwQAQ+gIACyAHIAEgCEEBcXJBAnI2AgAgASAGaiIFIAQgAWsiAUEBcjYCBEGomMEAIAE2AgBBsJjBACAFNgIACyAGRQ0BCyAADwsgAxAvIgFFDQEgA0F8QXggBygCACICQQNxGyACQXhxaiICIAIgA0sbIgIEQCABIAAgAvwKAAALIAEhAgsgABBBCyACC7AGAQ1/IwBBEGsiCSQAIAAoAgQhAyAAKAIAIQdBASELAkAgASgCACIKQSIgASgCBCIMKAIQIg0RAQANAAJAIANFBEBBACEDQQAhAAwBCyADIQEgByEIA0AgASAIaiEOQQAhAAJAAkADQCAAIAhqIgUtAAAiBkH/AGtB/wFxQaEBSSAGQSJGciAGQdwARnINASABIABBAWoiAEcNAAsgASAEaiEEDAELAn8gBSwAACIBQQBOBEAgAUH/AXEhASAFQQFqDAELIAUtAAFBP3EhBiABQR9xIQggAUFfTQRAIAhBBnQgBnIhASAFQQJqDAELIAUtAAJBP3EgBkEGdHIhBiABQXBJBEAgBiAIQQx0ciEBIAVBA2oMAQsgCEESdEGAgPAAcSAFLQADQT9xIAZBBnRyciEBIAVBBGoLIQggACAEaiEAIAkgAUGBgAQQOQJAIAktAA0iBCAJLQAMIgVrIgZB/wFxQQFGDQACQAJAAkAgACACSQ0AAkAgAkUNACACIANPBEAgAiADRw0CDAELIAIgB2osAABBv39MDQELAkAgAEUNACAAIANPBEAgACADRg0BDAILIAAgB2osAABBv39MDQELIAogAiAHaiAAIAJrIAwoAgwiAhEAAEUNAQwCCyAHIAMgAiAAQezFwAAQoQMACwJAIARBgQFPBEAgCiAJKAIAIA0RAQANAgwBCyAKIAUgCWogBiACEQAADQELAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyAAaiECDAELDAQLAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyAAaiEEIA4gCGsiAQ0BCwsCQCACIARLDQBBACEAAkAgAkUNACACIANPBEAgAiADIgBHDQIMAQsgAiIAIAdqLAAAQb9/TA0BCyAERQRAQQAhAwwCCwJAIAMgBE0EQCADIARGDQMMAQsgBCAHaiwAAEG/f0wNACAEIQMMAgsgACECCyAHIAMgAiAEQfzFwAAQoQMACyAKIAAgB2ogAyAAayAMKAIMEQAADQAgCkEiIA0RAQAhCwsgCUEQaiQAIAsL2AYBDn8jAEGgCGsiBSQAIAVBADoADyACQQN0IQwgBUHQAWohDSAFQZAGaiEOIAVBwARqIQ8gBUHwA2ohECAFQRBqIQogBUHAA2ohEQNAAkAgBARAQQAhAgNAIAJBgAFGRQRAIAVBoAdqIAJqQQA6AAAgAkEBaiECDAELCyAFQaAGaiICIAVBoAdqIghBgAH8CgAAIAUgACkAADcDoAYgBSAAKQAINwOoBiAFIAApABA3A7AGIAUgACkAGDcDuAYgCCACQYAB/AoAAEEAIQIDQCACQYABRkUEQCAFQaAHaiACaiIIIAgtAABBNnM6AAAgAkEBaiECDAELCyAFQdAFaiICQeDgwABBwAD8CgAAIAVCADcDmAYgBUIANwOQBiACIAVBoAdqQQEQrAJBACECA0AgAkGAAUYNAiAFQaAHaiACaiIIIAgtAABB6gBzOgAAIAJBAWohAgwACwALIAVBD2oQigIgBUGgCGokAA8LIAVBoAZqIgJB4ODAAEHAAPwKAAAgBUIANwPoBiAFQgA3A+AGIAIgBUGgB2pBARCsAiARIAJB0AD8CgAAIAVB8AJqIgIgBUHQBWpB0AD8CgAAIA0gAkGgAfwKAAAgBUEAOgDPASAFLQAPBEAgBUHQAGogCkHAABCBAQsgBEHAACAEIARBwABPGyIJayEEIAMgCWogBkEBaiEIIAwhByABIQIDQCAHBEAgBUHQAGogAigCACACKAIEEIEBIAdBCGshByACQQhqIQIMAQsLIAUgBkEBajoA8AIgBUHQAGoiAiAFQfACaiIGQQEQgQEgBiACQaAC/AoAACAFQaAGaiILEJQCIAVBoAdqIgcQlAIgECAGIAcQTSAGIAdBwAD8CgAAIAVBwAA6AO8DIA8gBiALEE1BACECIAdBAEGAAfwLACAGIAdBgAH8CgAAIAVB0AVqIAtBwAD8CgAAA0AgAkHAAEZFBEAgBUHwAmogAmogBUHQBWogAmotAAA6AAAgAkEBaiECDAELCyAFQZAFaiICIAVB8AJqIgZBwAD8CgAAIAUgDjYC9AIgBSAFQdAFajYC8AIgBhCqAiADIAkgAiAJQaTQwAAQugIgBUEPahCKAiAFQQE6AA8gCiACQcAA/AoAACEDIAghBgwACwALxAcCDH8DfiMAQdAAayIDJAACQAJAIAJBCE8EQCABKQAAQtCcsZqkqpao1ABRDQELIABBgICAgHg2AgAgAEEBOgAEDAELIAJBG00EQCAAQSc2AgwgAEHMzMAANgIIIABBAzoABCAAQYCAgIB4NgIADAELIAEtAAgiBEEBRwRAIAAgBDoABSAAQQI6AAQgAEGAgICAeDYCAAwBCwJAAkACQAJAIAEtAAlFBEAgAyABKQASNwMYIAMgASkACjcDECABLwAaIgRBCHQgBEEIdnIiBEGBCGtB//8DcUGA+ANJBEAgAEElNgIMIABBiMzAADYCCCAAQQM6AAQgAEGAgICAeDYCAAwGCyADQQhqIARB//8DcSINQQRBIBDjASADQQA2AiwgAyADKAIMIgU2AiggAyADKAIINgIkIANBPGohC0EcIQRBHCEJA0ACQCAKIA1HBEAgAiAEQRNqIghPDQFBGSECQe/LwAAhAQwHCyAAIAMpAiQ3AgAgACAENgIcIAMgAygCLDYCOCADIAMpAxA3AjwgACADKQM4NwIIIAMgAykDGDcCRCAAIAMpA0A3AhAgACADKAJINgIYDAcLIAIgBE0NAyAEQQFqIQwgBEERaiIGIAJLDQIgAiAGTQ0EAkAgAiAEQRJqIgdLBEAgAiAIIAEgB2otAAAgASAGai0AAEEIdHIiB2oiBk8NAUEeIQJB0cvAACEBDAcLIAcgAkGUy8AAEOYBAAsCQCABIARqLQAAIg5BAWtB/wFxIgRBAksNACAEQQJ0KAKQlEEgB0YNAEEtIQJBpMvAACEBDAYLIAsgASAMaiIEKQAINwAIIAsgBCkAADcAACADQTBqIAEgCGogBxDIASADKAIkIApGBEAjAEEQayIEJAAgBEEIaiADQSRqIgUgBSgCAEEBQQRBIBBcIAQoAggiBUGBgICAeEcEQCAEKAIMGiAFEPICAAsgBEEQaiQAIAMoAighBQsgAykCOCEPIAMpAkAhECADKAJIIQggAykCMCERIAUgCWoiBCAOOgAAIARBHGsiBCARNwIAIAQgCDYCGCAEIBA3AhAgBCAPNwIIIAMgCkEBaiIKNgIsIAlBIGohCSAGIQQMAAsACyAAQR82AgwgAEGtzMAANgIIIABBAzoABCAAQYCAgIB4NgIADAQLIAwgBiACQfTKwAAQZQALIAQgAkHkysAAEOYBAAsgBiACQYTLwAAQ5gEACyAAIAI2AgwgACABNgIIIABBAzoABCAAQYCAgIB4NgIAIANBJGoQ8QILIANB0ABqJAALogYBBH8gAEEIayIBIABBBGsoAgAiA0F4cSIAaiECAkACQCADQQFxDQAgA0ECcUUNASABKAIAIgMgAGohACABIANrIgFBrJjBACgCAEYEQCACKAIEQQNxQQNHDQFBpJjBACAANgIAIAIgAigCBEF+cTYCBCABIABBAXI2AgQgAiAANgIADwsgASADEFoLAkACQEHEmMEAAn8CQAJAAkACQCACKAIEIgNBAnFFBEAgAkGwmMEAKAIARg0CIAJBrJjBACgCAEYNAyACIANBeHEiAhBaIAEgACACaiIAQQFyNgIEIAAgAWogADYCACABQayYwQAoAgBHDQFBpJjBACAANgIADwsgAiADQX5xNgIEIAEgAEEBcjYCBCAAIAFqIAA2AgALIABBgAJJDQQgASAAEGRBxJjBAEHEmMEAKAIAQQFrIgA2AgAgAA0GQYyWwQAoAgAiAA0CQf8fDAMLQbCYwQAgATYCAEGomMEAQaiYwQAoAgAgAGoiADYCACABIABBAXI2AgRBrJjBACgCACABRgRAQaSYwQBBADYCAEGsmMEAQQA2AgALIABBvJjBACgCACICTQ0FQbCYwQAoAgAiAEUNBUGomMEAKAIAIgNBKUkNBEGElsEAIQEDQCAAIAEoAgAiBE8EQCAAIAQgASgCBGpJDQYLIAEoAgghAQwACwALQayYwQAgATYCAEGkmMEAQaSYwQAoAgAgAGoiADYCACABIABBAXI2AgQgACABaiAANgIADwtBACEBA0AgAUEBaiEBIAAoAggiAA0AC0H/HyABIAFB/x9NGws2AgAPCwJAQZyYwQAoAgAiAkEBIABBA3Z0IgNxRQRAQZyYwQAgAiADcjYCACAAQfgBcUGUlsEAaiIAIQIMAQsgAEH4AXEiAEGUlsEAaiECIABBnJbBAGooAgAhAAsgAiABNgIIIAAgATYCDCABIAI2AgwgASAANgIIDwtBxJjBAEGMlsEAKAIAIgAEf0EAIQEDQCABQQFqIQEgACgCCCIADQALQf8fIAEgAUH/H00bBUH/Hws2AgAgAiADTw0AQbyYwQBBfzYCAAsLqwUCBn8BfgJAIAJFDQAgAkEHayIDQQAgAiADTxshByABQQNqQXxxIAFrIQhBACEDA0ACQAJAAkAgASADai0AACIFwCIGQQBOBEAgCCADa0EDcQ0BIAMgB08NAgNAIAEgA2oiBEEEaigCACAEKAIAckGAgYKEeHENAyADQQhqIgMgB0kNAAsMAgtCgICAgJAgIQkCQAJAAkACQAJAAkACQAJAAkAgBS0Aj7ZAQQJrDgMAAQIHCyADQQFqIgQgAkkNAkIAIQkMBgsgA0EBaiIEIAJJDQJCACEJDAULIANBAWoiBCACSQ0CQgAhCQwECyABIARqLAAAQb9/Sg0DDAQLIAEgBGosAAAhBAJAAkAgBUHgAWsiBQRAIAVBDUYEQAwCBQwDCwALIARBYHFBoH9GDQMMBAsgBEGff0oNAwwCCyAGQR9qQf8BcUEMTwRAIAZBfnFBbkcNAyAEQUBIDQIMAwsgBEFASA0BDAILIAEgBGosAAAhBAJAAkACQAJAIAVB8AFrDgUBAAAAAgALIAZBD2pB/wFxQQJLDQQgBEFASA0CDAQLIARB8ABqQf8BcUEwSQ0BDAMLIARBj39KDQILIAIgA0ECaiIETQRAQgAhCQwCCyABIARqLAAAQb9/SgRAQoCAgICQwAAhCQwCC0IAIQkgA0EDaiIEIAJPDQEgASAEaiwAAEFASA0CQoCAgICQ4AAhCQwBC0IAIQkgA0ECaiIEIAJPDQAgASAEaiwAAEG/f0wNAUKAgICAkMAAIQkLIAAgCSADrYQ3AgQgAEEBNgIADwsgBEEBaiEDDAILIANBAWohAwwBCyACIANNDQADQCABIANqLAAAQQBIDQEgAiADQQFqIgNHDQALDAILIAIgA0sNAAsLIAAgAjYCCCAAIAE2AgQgAEEANgIAC6oEARx/IAAgAC8BDCIDIAAvAQpzIgQgAC8BACIIcyIJIAAvAQIiAXMiFyAJcSABIAAvAQ4iAXMiCnMgCiAALwEIIgIgAC8BBCIOcyIPcyIQIAAvAQZzIgsgA3MiBSABIAJzIhFzIgMgBHMiDCAKcSINcyADIBFxIgYgAyAEIAsgDnMiBHMiC3MiEyAPcXMiB3MiEiAMcyIUIAcgBCAQcSIHIAUgBCAIcyIYIBcgASAOcyIOcyIVcXNzcyIWcSIFIAYgCyAOcXMiBiACIAlzIhkgCHEgDnMgB3MgC3NzIgJzIAMgCHMiGiABIAlzIhtxIAFzIA1zIAZzIgEgEnNxIgcgBXMgASAMcyINcSIGIAUgDXMiAXMgAiABIAIgFnMiAnFzIgFxIAJzIgIgBiAUcyIGIAcgDXMiBXMiDXMiByABIAVzIhJzIhQgD3EgESAScSIPcyIRIA0gFXFzIhUgBiAQcXMiECAMIAEgAnMiDHEiFiACIAlxcyIcIBMgFHFzIhMgAyAScXMiCXM7AQ4gACAKIAxxIgMgBCAGcSIKIAUgCHFzIgwgByALcXNzIBNzIgQgASAbcXMiCyAHIA5xIA9zIAlzczsBCiAAIAogDSAYcXMgHHMgEHMiCDsBCCAAIBUgBSAZcXMgC3M7AQQgACAMIAEgGnFzIBZzIgEgESACIBdxc3MiCiAEczsBAiAAIAMgCnM7AQAgACAIIAlzOwEMIAAgASAIczsBBguqBAEcfiAAIAApAzAiAyAAKQMohSIEIAApAwAiCIUiCSAAKQMIIgGFIhcgCYMgASAAKQM4IgGFIgqFIAogACkDICICIAApAxAiDoUiD4UiECAAKQMYhSILIAOFIgUgASAChSIRhSIDIASFIgwgCoMiDYUgAyARgyIGIAMgBCALIA6FIgSFIguFIhMgD4OFIgeFIhIgDIUiFCAHIAQgEIMiByAFIAQgCIUiGCAXIAEgDoUiDoUiFYOFhYUiFoMiBSAGIAsgDoOFIgYgAiAJhSIZIAiDIA6FIAeFIAuFhSIChSADIAiFIhogASAJhSIbgyABhSANhSAGhSIBIBKFgyIHIAWFIAEgDIUiDYMiBiAFIA2FIgGFIAIgASACIBaFIgKDhSIBgyAChSICIAYgFIUiBiAHIA2FIgWFIg2FIgcgASAFhSIShSIUIA+DIBEgEoMiD4UiESANIBWDhSIVIAYgEIOFIhAgDCABIAKFIgyDIhYgAiAJg4UiHCATIBSDhSITIAMgEoOFIgmFNwM4IAAgCiAMgyIDIAQgBoMiCiAFIAiDhSIMIAcgC4OFhSAThSIEIAEgG4OFIgsgByAOgyAPhSAJhYU3AyggACAKIA0gGIOFIByFIBCFIgg3AyAgACAVIAUgGYOFIAuFNwMQIAAgDCABIBqDhSAWhSIBIBEgAiAXg4WFIgogBIU3AwggACADIAqFNwMAIAAgCCAJhTcDMCAAIAEgCIU3AxgLrgQBC38gACgCBCEJIAAoAgAhCiAAKAIIIQsCQANAIAYNAQJ/AkAgAiAESQ0AA0AgASAEaiEFAkACQAJAAkACQCACIARrIgZBB00EQCACIARHDQEgAiEEDAcLIAVBA2pBfHEiACAFRg0BIAAgBWshA0EAIQADQCAAIAVqLQAAQQpGDQUgAyAAQQFqIgBHDQALIAMgBkEIayIASw0DDAILQQAhAANAIAAgBWotAABBCkYNBCAGIABBAWoiAEcNAAsgAiEEDAULIAZBCGshAEEAIQMLA0BBgIKECCADIAVqIgcoAgAiDUGKlKjQAHNrIA1yQYCChAggB0EEaigCACIHQYqUqNAAc2sgB3JxQYCBgoR4cUGAgYKEeEcNASADQQhqIgMgAE0NAAsLIAMgBkYEQCACIQQMAwsgAyAFaiEGIAIgA2sgBGshB0EAIQACQANAIAAgBmotAABBCkYNASAHIABBAWoiAEcNAAsgAiEEDAMLIAAgA2ohAAsgACAEaiIDQQFqIQQCQCACIANNDQAgACAFai0AAEEKRw0AQQAhBiAEIgUMAwsgAiAETw0ACwsgAiAIRg0CQQEhBiAIIQUgAgshAAJAIAstAAAEQCAKQczFwABBBCAJKAIMEQAADQELQQAhAyAAIAhHBEAgACABakEBay0AAEEKRiEDCyAAIAhrIQAgASAIaiEHIAsgAzoAACAFIQggCiAHIAAgCSgCDBEAAEUNAQsLQQEhDAsgDAvSDAITfwR+IwBBIGsiDSQAAkACQCABKQMQQoCAgICAIFgEQCANQQxqIAEoAhwgASgCIBB5IA0tAAwiA0ELRwRAIAAgDSgAHDYAECAAIA0pABU3AAkgACANKQANNwABIAAgAzoAAAwDCyACKQMQIAIpAxggARBXIRcgAigCCEUEQCACQRBqIRIjAEEwayIFJAACQAJAAkAgAigCDCILQQFqIgNFDQAgAigCBCIHIAdBAWoiCkEDdiIEQQdsIAdBCEkbIhBBAXYgA0kEQCAFQQhqQRBBCAJ/IBBBAWoiBCADIAMgBEkbIgNBD08EQCADQf////8BSw0DQX8gA0EDdEEHbkEBa2d2QQFqDAELQQQgA0EIcUEIaiADQQRJGwsiBBCjASAFKAIIIgNFDQEgBSgCECEGIAUoAgwiBwRAIAcgAxDrAiEDCyADRQ0CIAMgBmohByAEQQhqIgMEQCAHQf8BIAP8CwALIAVBADYCICAFIARBAWsiCjYCGCAFIAc2AhQgBUKQgICAgAE3AgwgBSACQRBqNgIIIAUgCiAEQQN2QQdsIARBCUkbIhA2AhwgAigCACIEKQMAQn+FQoCBgoSIkKDAgH+DIRYgBUEUaiERIAQhAyALIQYDQCAGBEADQCAWUARAIAhBCGohCCADQQhqIgMpAwBCf4VCgIGChIiQoMCAf4MhFgwBCwsgByAHIAogEiAEIBZ6p0EDdiAIaiIMENsCIhgQsgEiCWogGKdBGXYiDzoAACAHIAlBCGsgCnFqQQhqIA86AAAgByAJQQR0a0EQayIJIAQgDEEEdGtBEGsiDCkACDcACCAJIAwpAAA3AAAgBkEBayEGIBZCAX0gFoMhFgwBCwsgBSALNgIgIAUgECALazYCHCACIBEQ/wEgBSgCGCIDRQ0DIAVBJGogBSgCDCAFKAIQIANBAWoQowEgBSgCJBogBSgCFCAFKAIsayAFKAIoEIYDDAMLIAQgCkEHcUEAR2ohAyACKAIAIgYhCANAIAMEQCAIIAgpAwAiFkJ/hUIHiEKBgoSIkKDAgAGDIBZC//79+/fv37//AIR8NwMAIAhBCGohCCADQQFrIQMMAQUCQCAKQQhPBEAgBiAKaiAGKQAANwAADAELIApFDQAgBkEIaiAGIAr8CgAAC0EAIQMDQAJAIAogAyIERwRAIARBAWohAyAEIAZqIhEtAABBgAFHDQIgBiAEQX9zQQR0aiEIA0AgBCAHIBIgBiAEENsCIhanIgxxIg9rIAYgByAWELIBIgkgD2tzIAdxQQhJDQIgBiAJaiIPLQAAIA8gDEEZdiIMOgAAIAYgCUEIayAHcWpBCGogDDoAACAGIAlBBHRrQRBrIQlB/wFGBEAgEUH/AToAACAGIARBCGsgB3FqQQhqQf8BOgAAIAkgCCkACDcACCAJIAgpAAA3AAAMBAUgCCAJEP8BDAELAAsACyACIBAgC2s2AggMBgsgESAMQRl2Igg6AAAgBiAEQQhrIAdxakEIaiAIOgAADAALAAsACwALQcTGwABBOUHgxsAAEIwCAAsQtwMACyAFQTBqJAALIAIoAgQiCyAXp3EhAyAXQhmIIhhC/wCDQoGChIiQoMCAAX4hGSACKAIAIQQDQCADIARqKQAAIhcgGYUiFkJ/hSAWQoGChIiQoMCAAX2DQoCBgoSIkKDAgH+DIRYDQCAWUEUEQCABIAQgFnqnQQN2IANqIAtxQQR0a0EQa0EQEOsBRQ0EIBZCAX0gFoMhFgwBCwsgF0KAgYKEiJCgwIB/gyEWAkACfyAURQRAQQAgFlANARogAyAWeqdBA3ZqIAtxIQ4LIBYgF0IBhoNCAFINAUEBCyEUIAMgFUEIaiIVaiALcSEDDAELCyAEIA5qLAAAIgNBAE4EQCAEIAQpAwBCgIGChIiQoMCAf4N6p0EDdiIOai0AACEDCyAEIA5qIBinQf8AcSIGOgAAIAIgAigCCCADQQFxazYCCCACIAIoAgxBAWo2AgwgBCAOQQhrIAtxakEIaiAGOgAAIABBCzoAACAEIA5BBHRrQRBrIgAgASkACDcACCAAIAEpAAA3AAAMAgsgAEEbNgIIIABB/dDAADYCBCAAQQM6AAAMAQsgAEEaNgIIIABB49DAADYCBCAAQQM6AAALIA1BIGokAAv7AwEIfyMAQRBrIgYkAAJ/AkAgA0EBcUUEQCACLQAAIgUNAUEADAILIAAgAiADQQF2IAEoAgwRAAAMAQsgASgCDCEKA0AgAkEBaiEEAkACQAJAAkAgBcBBAEgEQCAFQf8BcSIIQYABRg0BIAhBwAFHDQMgBiABNgIEIAYgADYCACAGQqCAgIAGNwIIIAMgB0EDdGoiAigCACAGIAIoAgQRAQBFDQJBAQwGCyAAIAQgBUH/AXEiAiAKEQAARQRAIAIgBGohAgwEC0EBDAULIAAgAkEDaiIEIAIvAAEiAiAKEQAARQRAIAIgBGohAgwDC0EBDAQLIAdBAWohByAEIQIMAQtBoICAgAYhCyAFQQFxBEAgAigAASELIAJBBWohBAtBACEIAn8gBUECcUUEQEEAIQkgBAwBCyAELwAAIQkgBEECagshAiAFQQRxBH8gAi8AACEIIAJBAmoFIAILIQQgBUEIcQR/IAQvAAAhByAEQQJqBSAECyECIAVBEHEEQCADIAlBA3RqLwEEIQkLIAYgBUEgcQR/IAMgCEEDdGovAQQFIAgLOwEOIAYgCTsBDCAGIAs2AgggBiABNgIEIAYgADYCAEEBIAMgB0EDdGoiBCgCACAGIAQoAgQRAQANAhogB0EBaiEHCyACLQAAIgUNAAtBAAsgBkEQaiQAC7gEAgZ/AX5BK0GAgMQAIAAoAggiCEGAgIABcSIGGyAGQRV2QQEgARsgBWohCQJAIAhBgICABHFFBEBBACECDAELIAMEQCACIQYgAyEKA0AgByAGLAAAQb9/SmohByAGQQFqIQYgCkEBayIKDQALCyAHIAlqIQkLQS0gARshCwJAIAAvAQwiASAJSwRAAkACQCAIQYCAgAhxRQRAIAEgCWshCkEAIQZBACEBAkACQAJAIAhBHXZBA3FBAWsOAwABAAILIAohAQwBCyAKQf7/A3FBAXYhAQsgCEH///8AcSEIIAAoAgQhCSAAKAIAIQADQCAGQf//A3EgAUH//wNxTw0CQQEhByAGQQFqIQYgACAIIAkoAhARAQBFDQALDAQLIAAgACkCCCIMp0GAgID/eXFBsICAgAJyNgIIQQEhByAAKAIAIgogACgCBCIIIAsgAiADEJkCDQNBACEGIAEgCWtB//8DcSEBA0AgBkH//wNxIAFPDQIgBkEBaiEGIApBMCAIKAIQEQEARQ0ACwwDC0EBIQcgACAJIAsgAiADEJkCDQIgACAEIAUgCSgCDBEAAA0CIAogAWtB//8DcSEBQQAhBgNAIAEgBkH//wNxTQRAQQAPCyAGQQFqIQYgACAIIAkoAhARAQBFDQALDAILIAogBCAFIAgoAgwRAAANASAAIAw3AghBAA8LQQEhByAAKAIAIgEgACgCBCIAIAsgAiADEJkCDQAgASAEIAUgACgCDBEAACEHCyAHC58EAQN/IwBBQGoiAyQAAkACfwJAAkACQAJAAkACQAJAAkACQAJAIAAoAhQiBSAAKAIQSQRAIAAoAgwgBWotAAAiBEEiRg0GIARBLUYNBSAEQeYARg0EIARB7gBGDQggBEH0AEYNAyAEQdsARg0BIARB+wBGDQIgBEEwa0H/AXFBCkkNBwsgA0EKNgIwIAAgA0EwahDSAQwKCyADQQo6ADAgA0EwaiABIAIQzAEMCQsgA0ELOgAwIANBMGogASACEMwBDAgLIAAgBUEBajYCFCAAQfvJwABBAxCaASIEDQggA0GAAjsBMCADQTBqIAEgAhDMAQwHCyAAIAVBAWo2AhQgAEH+ycAAQQQQmgEiBA0HIANBADsBMCADQTBqIAEgAhDMAQwGCyAAIAVBAWo2AhQgAyAAQQAQTyADKQMAQgNRDQMgAyABIAIQvgEMBQsgAEEANgIIIAAgBUEBajYCFCADQSRqIABBDGogABA7IAMoAighBCADKAIkQQJGDQUgAyADKAIsNgI4IAMgBDYCNCADQQU6ADAgA0EwaiABIAIQzAEMBAsgA0EQaiAAQQEQTyADKQMQQgNRBEAgAygCGCEEDAULIANBEGogASACEL4BDAMLIAAgBUEBajYCFCAAQfjJwABBAxCaASIERQ0BDAMLIAMoAgghBAwCCyADQQc6ADAgA0EwaiABIAIQzAELIAAQ2AIhBAsgA0FAayQAIAQL5gMCBX8CfiMAQUBqIgQkACACp0GzCGsiBUGFohNsIQYCQCADRQRAIARBMGoiByAGQYCACGtBFHUiA0F/cxCDASAHIAQpAzAiAiAEKQM4IAEgA0GV2/IHbEGV2/IHakEQdiAFaiIFQQdqrYYQ3wEgBEEgaiAEKQMwIglCOoYgBCkDOEIGiIQiAUIKEK8BIARBEGogASACQQAgBWutiCICQgGIIgp9QgoQrwEgAiABQn+FViIHIAEgClRyIQUgBCkDKCAEKQMgIgFC////////////AHwgAVStfKciBiAEKQMYIAQpAxBCAFKtfKciCCAGIAhLGyEGIAetIAlCBoh8IQEMAQsgBEEwaiIHIAZBFHUiA0F/cxCDASAHIAQpAzAiCSAEKQM4IAEgA0GV2/IHbEGV2/IHakEQdiAFaiIFQQdqrYYQ3wEgBCAEKQMwIgpCOoYgBCkDOEIGiIQiAkIKEK8BIAFCf4VCAYMgCUEAIAVrrYh8IgEgAkJ/hVYiBiABIAJWciEFIAatIApCBoh8IQFBAiAEKQMIIAQpAwAiCUL6//////////8AfSAJVK18pyACQoCAgICAgICAwABRGyEGCyAAIAY6AAwgACADNgIIIAAgATcDACAAIAVFOgANIARBQGskAAvQAwEOfyAAIAEtAA0gAS0AD0EIdHIiAiABLQAJIAEtAAtBCHRyIgNBAXZzQdWqAXEiByACcyICIAEtAAUgAS0AB0EIdHIiBCABLQABIAEtAANBCHRyIgVBAXZzQdWqAXEiCCAEcyIEQQJ2c0Gz5gBxIgkgAnMiAiABLQAMIAEtAA5BCHRyIgYgAS0ACCABLQAKQQh0ciIKQQF2c0HVqgFxIgwgBnMiBiABLQAEIAEtAAZBCHRyIgsgAS0AACABLQACQQh0ciIBQQF2c0HVqgFxIg0gC3MiC0ECdnNBs+YAcSIOIAZzIgZBBHZzQY8ecSIPIAJzOwEOIAAgB0EBdCADcyICIAhBAXQgBXMiA0ECdnNBs+YAcSIHIAJzIgIgDEEBdCAKcyIFIA1BAXQgAXMiAUECdnNBs+YAcSIIIAVzIgVBBHZzQY8ecSIKIAJzOwEMIAAgCUECdCAEcyICIA5BAnQgC3MiBEEEdnNBjx5xIgkgAnM7AQogACAPQQR0IAZzOwEGIAAgB0ECdCADcyICIAhBAnQgAXMiAUEEdnNBjx5xIgMgAnM7AQggACAKQQR0IAVzOwEEIAAgCUEEdCAEczsBAiAAIANBBHQgAXM7AQAL4QMBA38jAEEQayIEJAACQAJAAkAgASgCCCICQYCAgBBxRQRAIAJBgICAIHENASAAIAEQakUNAkEBIQIMAwsgACgCACECQQkhAwNAIAMgBGpBBmogAkEPcS0Az+VAOgAAIANBAWshAyACQQR2IgINAAtBASECIAFBAUHQxcAAQQIgAyAEakEHakEJIANrEEhFDQEMAgsgACgCACECQQkhAwNAIAMgBGpBBmogAkEPcS0A0sVAOgAAIANBAWshAyACQQR2IgINAAtBASECIAFBAUHQxcAAQQIgAyAEakEHakEJIANrEEgNAQsgASgCAEH618AAQQIgASgCBCgCDBEAAARAQQEhAgwBCyAAQQRqIQACQCABKAIIIgJBgICAEHFFBEAgAkGAgIAgcQ0BIAAgARBqIQIMAgsgACgCACECQQkhAwNAIAMgBGpBBmogAkEPcS0Az+VAOgAAIANBAWshAyACQQR2IgINAAsgAUEBQdDFwABBAiADIARqQQdqQQkgA2sQSCECDAELIAAoAgAhAkEJIQMDQCADIARqQQZqIAJBD3EtANLFQDoAACADQQFrIQMgAkEEdiICDQALIAFBAUHQxcAAQQIgAyAEakEHakEJIANrEEghAgsgBEEQaiQAIAIL2AMCBH4EfyMAQUBqIggkACAIEJQCIAEgAS0AfyIHaiIKQYABOgAAIAApA0AhAyAAKQNIIQQgB0H/AHMiCQRAIApBAWpBACAJ/AsACyADQjaIIgVCOIYgBEIKhiIGIAWEIgVCgP4Dg0IohoQgBUKAgPwHg0IYhiAFQoCAgPgPg0IIhoSEIARCAoZCgICA+A+DIARCDohCgID8B4OEIARCHohCgP4DgyAGQjiIhISEIQUgB60iBEI7hiADQgqGIgYgBEIDhoQiBEKA/gODQiiGhCAEQoCA/AeDQhiGIARCgICA+A+DQgiGhIQgA0IChkKAgID4D4MgA0IOiEKAgPwHg4QgA0IeiEKA/gODIAZCOIiEhIQhAyAJQQ9NBEAgACABEMcCIAFBAEHwAPwLAAsgASAFNwBwIAEgAzcAeCAAIAEQxwJBACEHIAFBADoAfwNAIAdBwABGRQRAIAcgCGogACAHaikDACIDQjiGIANCgP4Dg0IohoQgA0KAgPwHg0IYhiADQoCAgPgPg0IIhoSEIANCCIhCgICA+A+DIANCGIhCgID8B4OEIANCKIhCgP4DgyADQjiIhISENwAAIAdBCGohBwwBCwsgAiAIQcAA/AoAACAIQUBrJAALiQQBAX8jAEEwayIDJAACfwJAAkACQAJAAkACQAJAAkACQAJAAkAgAC0AAEEBaw4KAQIDBAUGBwgJCgALIAFBmN3AAEHMACACKAIMEQAADAoLIAFB5N3AAEEpIAIoAgwRAAAMCQsgAyAAQQFqNgIsIANBBjYCGCADIANBLGo2AhQgASACQZyHwAAgA0EUahBHDAgLIAMgAEEEajYCLCADQQc2AhggAyADQSxqNgIUIAEgAkHuhsAAIANBFGoQRwwHCyADIABBDGo2AgwgAyAAQQRqNgIQIAMgAEEIajYCLCADQQg2AiggA0EINgIgIANBBzYCGCADIANBLGo2AiQgAyADQRBqNgIcIAMgA0EMajYCFCABIAJB2oLAACADQRRqEEcMBgsgAyAAQQRqNgIsIANBCTYCGCADIANBLGo2AhQgASACQdiGwAAgA0EUahBHDAULIAMgAEEEajYCLCADQQk2AhggAyADQSxqNgIUIAEgAkHrhcAAIANBFGoQRwwECyABQY3ewABBPCACKAIMEQAADAMLIAMgAEEEajYCLCADQQc2AhggAyADQSxqNgIUIAEgAkGDh8AAIANBFGoQRwwCCyADIABBBGo2AiwgA0EHNgIYIAMgA0EsajYCFCABIAJBuIbAACADQRRqEEcMAQsgAUHJ3sAAQSkgAigCDBEAAAsgA0EwaiQAC4YFAgd/AX4jAEEgayIDJAAgA0EIaiABEPsBAkACQAJAAkACfyADLQAIQQFGBEAgAygCDAwBCyADLQAJQQFGBEAgAy0ACiIGQTBHDQIgASgCFCIEIAEoAhBJBEAgASgCDCAEai0AAEEwa0H/AXFBCkkNBAsgACABIAJCABB6DAULIANBBTYCECABIANBEGoQ+AELIQEgAEIDNwMAIAAgATYCCAwDCyAGQTFrQf8BcUEJSQ0BIANBDTYCECABIANBEGoQ+AEhASAAQgM3AwAgACABNgIIDAILIANBDTYCECABIANBEGoQ0gEhASAAQgM3AwAgACABNgIIDAELIAEoAhQiBCABKAIQIgUgBCAFSxshBSAGQTBrrUL/AYMhCiABKAIMIQYDQAJAIAQgBUcEQCAEIAZqLQAAQTBrIgdB/wFxIghBCkkNAQsgACABIAIgChB6DAILIAhBBUsgCkKZs+bMmbPmzBlSciAKQpmz5syZs+bMGVpxRQRAIAEgBEEBaiIENgIUIApCCn4gB61C/wGDfCEKDAELCyADQRBqIQZBACEEIAEoAhAiByABKAIUIgVrIghBACAHIAhPGyEHIAEoAgwgBWohCCAFQQFqIQkDQAJAAkACQAJAIAYgASACIAogBCAHRwR/IAQgCGotAAAiBUEwa0H/AXFBCkkNAyAFQS5GDQEgBUHFAEYgBUHlAEZyDQIgBAUgBwsQfwwDCyAGIAEgAiAKIAQQYAwCCyAGIAEgAiAKIAQQUgwBCyABIAQgCWo2AhQgBEEBaiEEDAELCyAAAn4gAygCEEEBRgRAIAAgAygCFDYCCEIDDAELIAAgAysDGDkDCEIACzcDAAsgA0EgaiQAC48EAQJ/IAAgAWohAgJAAkAgACgCBCIDQQFxDQAgA0ECcUUNASAAKAIAIgMgAWohASAAIANrIgBBrJjBACgCAEYEQCACKAIEQQNxQQNHDQFBpJjBACABNgIAIAIgAigCBEF+cTYCBCAAIAFBAXI2AgQgAiABNgIADAILIAAgAxBaCwJAAkACQCACKAIEIgNBAnFFBEAgAkGwmMEAKAIARg0CIAJBrJjBACgCAEYNAyACIANBeHEiAhBaIAAgASACaiIBQQFyNgIEIAAgAWogATYCACAAQayYwQAoAgBHDQFBpJjBACABNgIADwsgAiADQX5xNgIEIAAgAUEBcjYCBCAAIAFqIAE2AgALIAFBgAJPBEAgACABEGQPCwJAQZyYwQAoAgAiAkEBIAFBA3Z0IgNxRQRAQZyYwQAgAiADcjYCACABQfgBcUGUlsEAaiIBIQIMAQsgAUH4AXEiAUGUlsEAaiECIAFBnJbBAGooAgAhAQsgAiAANgIIIAEgADYCDCAAIAI2AgwgACABNgIIDwtBsJjBACAANgIAQaiYwQBBqJjBACgCACABaiIBNgIAIAAgAUEBcjYCBCAAQayYwQAoAgBHDQFBpJjBAEEANgIAQayYwQBBADYCAA8LQayYwQAgADYCAEGkmMEAQaSYwQAoAgAgAWoiATYCACAAIAFBAXI2AgQgACABaiABNgIACwvXAwMDfwF+AXwjAEFAaiICJAAgAiABEKcBAkACQAJAAkACQAJ/IAItAABBAUYEQCACKAIEDAELIAItAAFBAUYEQCACLQACIgNBLUcNAkEBIQMgASABKAIUQQFqNgIUIAJBCGogAUEAEE8gAikDCCIFQgNRDQMgAkEQaiEDDAULIAJBBTYCKCABIAJBKGoQ0gELIQFBASEDDAQLIANBMGtB/wFxQQpPBEBBASEDIAEgAkE/akHIycAAEEkgARDYAiEBDAQLQQEhAyACQRhqIAFBARBPIAIpAxgiBUIDUQ0BIAJBIGohAwwCCyACKAIQIQEMAgsgAigCICEBDAELAn8CQAJAAkAgBadBAWsOAgABAgsgAykDACIFQoCAgIAQWgRAIAJBAToAKCACIAU3AzAgAkEoaiACQT9qQcjJwAAQzQEMAwsgBachAUEAIQMMAwsgAykDACIFQoCAgIAQWgRAIAJBAjoAKCACIAU3AzAgAkEoaiACQT9qQcjJwAAQzQEMAgsgBachAUEAIQMMAgsgAysDACEGIAJBAzoAKCACIAY5AzAgAkEoaiACQT9qQcjJwAAQzAELQQEhAyABENgCIQELIAAgATYCBCAAIAM2AgAgAkFAayQAC9kEAQd/IwBBIGsiByQAIAEgASgCFCIGQQFqIgU2AhRBASEIAkAgBSABKAIQTw0AAkACQCABKAIMIAVqLQAAQStrDgMBAgACC0EAIQgLIAEgBkECajYCFAsgB0EMaiABEPsBAkACQAJ/IActAAxBAUYEQCAHKAIQDAELIActAA1BAUYEQCAHLQAOQTBrQf8BcSIFQQpJDQIgB0ENNgIUIAEgB0EUahD4ASEBIABBATYCACAAIAE2AgQMAwsgB0EFNgIUIAEgB0EUahD4AQshASAAQQE2AgAgACABNgIEDAELIAEoAhQiBiABKAIQIgkgBiAJSxshCiABKAIMIQsDQAJAIAYgCkcEQCAGIAtqLQAAQTBrQf8BcSIJQQpJDQELIAAgASACIAMCfyAIRQRAIAQgBWsiAEEfdUGAgICAeHMgACAAIARIIAVBAEpzGwwBCyAEIAVqIgBBH3VBgICAgHhzIAAgBUEASCAAIARIcxsLEH8MAgsgASAGQQFqIgY2AhQgBUHMmbPmAEcgCUEHS3IgBUHLmbPmAEpxRQRAIAVBCmwgCWohBQwBCwsjAEEQayIFJAAgAAJ/IANCACAIG1AEQCABKAIUIgQgASgCECIGIAQgBksbIQYgASgCDCEIA0ACQCAEIAZHBEAgBCAIai0AAEEwa0H/AXFBCkkNAQsgAEQAAAAAAAAAAEQAAAAAAAAAgCACGzkDCEEADAMLIAEgBEEBaiIENgIUDAALAAsgBUEONgIEIAAgASAFQQRqEPgBNgIEQQELNgIAIAVBEGokAAsgB0EgaiQAC7oDAQN/AkACQAJAAkAgAiADTwRAIANFDQQgASADaiECIANBA00EQANAIAEgAk8NBiACQQFrIgItAABBCkcNAAwFCwALQYCChAggAkEEaygAACIEQYqUqNAAc2sgBHJBgIGChHhxQYCBgoR4RwRAA0AgASACTw0GIAJBAWsiAi0AAEEKRw0ADAULAAsgAyACQQNxayEEIANBCUkNAQNAAkAgBEEITgRAQYCChAggASAEaiICQQhrKAIAIgZBipSo0ABzayAGckGAgYKEeHFBgIGChHhGDQELIAEgBGohAgwECyAEQQhrIQRBgIKECCACQQRrKAIAIgZBipSo0ABzayAGckGAgYKEeHFBgIGChHhGDQALDAILQQAgAyACQZyCwQAQZQALIAEgBGohAgNAIAEgAk8NAyACQQFrIgItAABBCkcNAAsMAQsDQCABIAJPDQIgAkEBayICLQAAQQpHDQALCyACIAFrQQFqIQULQQEhAiAAIAEgBWoiBCABSwR/QQAhAgNAIAEgBE9FBEAgAiABLQAAQQpGaiECIAFBAWohAQwBCwsgAkEBagVBAQs2AgAgACADIAVrNgIEC48DAQN/IwBBIGsiAiQAIAJBDGogASgCACIDEKcBAkACQAJ/IAItAAxBAUYEQCACKAIQDAELIAItAA1BAUYEQCACLQAOIgRB/QBHDQIgAEEAOwEADAMLIAJBAzYCFCADIAJBFGoQ0gELIQEgAEEBOgAAIAAgATYCBAwBCyAAAn8CQAJAAkAgAS0ABEUEQCAEQSxHDQEgAyADKAIUQQFqNgIUIAJBDGogAxCnASACLQAMBEAgACACKAIQNgIEIABBAToAAAwGCwJAAkAgAi0ADUEBRgRAIAItAA4iAUEiRg0BIAFB/QBGDQIgAkERNgIUDAYLIAJBBTYCFAwFCyAAQQE6AAFBAAwFCyACQRU2AhQMAwsgAUEAOgAEIARBIkYNASACQRE2AhQgAyACQRRqENIBIQEgAEEBOgAAIAAgATYCBAwECyACQQg2AhQgAyACQRRqENIBIQEgAEEBOgAAIAAgATYCBAwDCyAAQYACOwEADAILIAAgAyACQRRqENIBNgIEQQELOgAACyACQSBqJAALyAMBBH8jAEHQAGsiAiQAIAJBBGogARCnAQJAAkAgAi0ABEEBRgRAIAIoAgghAwwBCwJAAkAgAi0ABUEBRgRAIAItAAZBIkcNASABQQA2AgggASABKAIUQQFqNgIUIAJBBGogAUEMaiABEDsgAigCCCEDIAIoAgQiBEECRg0DIAIoAgwhBSAEQQFGBEAgAiAFNgIgIAIgAzYCHCACQQU6ABggAkEYaiACQc8AakHoycAAEMwBIAEQ2AIhAwwECyACQQRqIgQgAyAFEGIgAAJ/IAItAARBC0cEQCACIAIoAhQ2AiggAiACKQIMNwMgIAIgAikCBDcDGCACQQA2AkggAkKAgICAEDcCQCACQRhqIAJBQGtBiNvAABBODQQgAiACKAJINgI4IAIgAikCQDcDMCACQTBqEDYhASAEENQCIAAgATYCBEEBDAELIAAgAikADTcACSAAIAIpAAU3AAFBAAs6AAAMBAsgAkEFNgIYIAEgAkEYahDSASEDDAILIAEgAkHPAGpB6MnAABBJIAEQ2AIhAwwBC0Gw28AAQTcgAkHPAGpBoNvAAEHo28AAENABAAsgAEEBOgAAIAAgAzYCBAsgAkHQAGokAAujAwMCfwF+AXwjAEFAaiICJAAgAiABEKcBAkACQAJAAkACfyACLQAAQQFGBEAgAigCBAwBCyACLQABQQFGBEAgAi0AAiIDQS1HDQIgAkEQaiEDIAEgASgCFEEBajYCFCACQQhqIAFBABBPIAIpAwgiBEIDUg0DDAQLIAJBBTYCKCABIAJBKGoQ0gELIQEgAEEBNgIAIAAgATYCBAwDCyADQTBrQf8BcUEKTwRAIAEgAkE/akHYycAAEEkgARDYAiEBIABBATYCACAAIAE2AgQMAwsgAkEgaiEDIAJBGGogAUEBEE8gAikDGCIEQgNRDQELIAACfwJAIAACfwJAAkACQCAEp0EBaw4CAQIACyADKwMAIQUgAkEDOgAoIAIgBTkDMCACQShqIAJBP2pB2MnAABDMAQwCCyADKQMAIQQMAgsgAykDACIEQgBZDQEgAkECOgAoIAIgBDcDMCACQShqIAJBP2pB2MnAABDNAQsgARDYAjYCBEEBDAELIAAgBDcDCEEACzYCAAwBCyAAQQE2AgAgACADKAIANgIECyACQUBrJAALoAMCAn8DfiMAQeAAayIDJAAgA0IANwMwIANCADcDOCADIAE3AyggAyABQvPK0cunjNmy9ACFNwMYIAMgAULt3pHzlszct+QAhTcDECADIAA3AyAgAyAAQuHklfPW7Nm87ACFNwMIIAMgAEL1ys2D16zbt/MAhTcDACADQRA2AkAgAyADQUBrIgRBBBB2IAMgAkEQEHYgAyADKQMQNwNQIAMgAykDCDcDSCADIAMpAwA3A0AgAyADKQMwIAM1AjhCOIaEIgUgAykDGIU3A1ggBBC7ASADKQNQIQAgAykDQCEHIAMpA0ghBiADKQNYIQEgA0HgAGokACABIAZC/wGFfCIGIAAgBSAHhXwiBSAAQg2JhSIAfCIHIABCEYmFIgBCDYkgACABQhCJIAaFIgAgBUIgiXwiAXwiBYUiBkIRiSAAQhWJIAGFIgAgB0IgiXwiASAGfCIHhSIGQg2JIABCEIkgAYUiACAFQiCJfCIBIAZ8hSIFQhGJIABCFYkgAYUiACAHQiCJfCIBIAV8IgVCIImFIABCEIkgAYVCFYmFIAWFC+cCAQV/AkAgAUHN/3tBECAAIABBEE0bIgBrTw0AIABBECABQQtqQXhxIAFBC0kbIgRqQQxqEC8iAkUNACACQQhrIQECQCAAQQFrIgMgAnFFBEAgASEADAELIAJBBGsiBSgCACIGQXhxIAIgA2pBACAAa3FBCGsiAiAAQQAgAiABa0EQTRtqIgAgAWsiAmshAyAGQQNxBEAgACADIAAoAgRBAXFyQQJyNgIEIAAgA2oiAyADKAIEQQFyNgIEIAUgAiAFKAIAQQFxckECcjYCACABIAJqIgMgAygCBEEBcjYCBCABIAIQUAwBCyABKAIAIQEgACADNgIEIAAgASACajYCAAsCQCAAKAIEIgFBA3FFDQAgAUF4cSICIARBEGpNDQAgACAEIAFBAXFyQQJyNgIEIAAgBGoiASACIARrIgRBA3I2AgQgACACaiICIAIoAgRBAXI2AgQgASAEEFALIABBCGohAwsgAwvtAgEGfyMAQRBrIgUkAAJAAkACQAJAAkACQAJAIAJBAXEEQCACQQF2IQMMAQsgAS0AACIDRQ0BIAEhBANAIARBAWohBAJAIAPAQQBIBEAgA0H/AXFBgAFGBEAgBiAELwAAIgNqIQYgAyAEakECaiEEDAILIAQgA0EDcUEIeCIIQQV0QYCAgIAEcSAIQQd0ckEddmogA0EBdkECcWogA0ECdkECcWohBCAGRSAHciEHDAELIAQgA0H/AXEiA2ohBCADIAZqIQYLIAQtAAAiAw0AC0EAIQMgByAGQRBJcQ0AIAZBAXQiA0EASA0ECyADDQELQQEhBEEAIQMMAQsgAxAvIgRFDQILIAVBADYCCCAFIAQ2AgQgBSADNgIAIAVB2KfAACABIAIQR0UNAkGAqMAAQdYAIAVBD2pB8KfAAEHYqMAAENABAAsQrgMAC0EBEPICAAsgACAFKAIINgIIIAAgBSkCADcCACAFQRBqJAALggMBBH8gACgCDCECAkACQAJAIAFBgAJPBEAgACgCGCEDAkACQCAAIAJGBEAgAEEUQRAgACgCFCICG2ooAgAiAQ0BQQAhAgwCCyAAKAIIIgEgAjYCDCACIAE2AggMAQsgAEEUaiAAQRBqIAIbIQQDQCAEIQUgASICQRRqIAJBEGogAigCFCIBGyEEIAJBFEEQIAEbaigCACIBDQALIAVBADYCAAsgA0UNAgJAIAAoAhxBAnRBhJXBAGoiASgCACAARwRAIAMoAhAgAEYNASADIAI2AhQgAg0DDAQLIAEgAjYCACACRQ0EDAILIAMgAjYCECACDQEMAgsgACgCCCIAIAJHBEAgACACNgIMIAIgADYCCA8LQZyYwQBBnJjBACgCAEF+IAFBA3Z3cTYCAA8LIAIgAzYCGCAAKAIQIgEEQCACIAE2AhAgASACNgIYCyAAKAIUIgBFDQAgAiAANgIUIAAgAjYCGA8LDwtBoJjBAEGgmMEAKAIAQX4gACgCHHdxNgIAC9MCAQN/IwBBIGsiAiQAIAJBDGogASgCACIDEKcBAkACQAJ/IAItAAxBAUYEQCACKAIQDAELIAItAA1BAUYEQCACLQAOIgRB3QBHDQIgAEEAOwEADAMLIAJBAjYCFCADIAJBFGoQ0gELIQEgAEEBOgAAIAAgATYCBAwBCwJAAkAgAS0ABEUEQCAEQSxHDQEgAyADKAIUQQFqNgIUIAJBDGogAxCnASACLQAMBEAgACACKAIQNgIEIABBAToAAAwECwJAAkAgAi0ADUEBRgRAIAItAA5B3QBHDQIgAkEVNgIUDAELIAJBBTYCFAsgACADIAJBFGoQ0gE2AgRBASEBDAMLIABBAToAAUEAIQEMAgsgAUEAOgAEIABBgAI7AQAMAgsgAkEHNgIUIAMgAkEUahDSASEBIABBAToAACAAIAE2AgQMAQsgACABOgAACyACQSBqJAALwAICBH8BfiMAQSBrIgYkAAJ/QQAgAyACIANqIgJLDQAaQQAhAyAGQRRqIQgCQAJAIAWtQQQgAiABKAIAIglBAXQiByACIAdLGyICIAJBBE0bIgKtfiIKQiCIpw0AIAqnIgdBgICAgHggBGtLDQACfyAJRQRAQQAhBSAGQRxqDAELIAEoAgQhCCAGIAQ2AhwgBSAJbCEFIAZBGGoLIAU2AgACfyAGKAIcBEAgBigCGCIDRQRAIAZBCGogBCAHQQAQ3gEgBigCCAwCCyAIIAMgBCAHED0MAQsgBiAEIAdBABDeASAGKAIACyIFDQEgBiAENgIUIAZBEGohCCAHIQMLIAggAzYCACAGKAIQIQIgBigCFAwBCyABIAI2AgAgASAFNgIEQYGAgIB4CyEDIAAgAjYCBCAAIAM2AgAgBkEgaiQAC90CAQh/IwBBIGsiAiQAIAAoAgghBSAAKAIEIQNBASEGIAEoAgBBjrbAAEEBIAEoAgQoAgwRAAAhACAFBEADQCAHIQhBASEHIABBAXEhBEEBIQACQCAEDQACQCABLQAKQYABcUUEQCAIQQFxRQ0BIAEoAgBBy+LAAEECIAEoAgQoAgwRAABFDQEMAgsgASgCBCEEIAEoAgAhCSAIQQFxRQRAIAlB7bTAAEEBIAQoAgwRAAANAgsgAkEBOgAPIAIgBDYCBCACIAk2AgAgAkH0tMAANgIUIAIgASkCCDcCGCACIAJBD2o2AgggAiACNgIQIAMgAkEQahCOAgRADAILIAIoAhBB6LTAAEECIAIoAhQoAgwRAAAhAAwBCyADIAEQjgIhAAsgA0EBaiEDIAVBAWsiBQ0ACwsgAEUEQCABKAIAQe+0wABBASABKAIEKAIMEQAAIQYLIAJBIGokACAGC+ACAQd/IwBBIGsiAyQAIAEoAgAiAUEAOgAcAkAgASgCCEH/////B0kEQCABQQhqIQcgASgCGCEGAkADQCAGRQ0BIANBCGogB0HwyMAAELkCIAMoAgwhBCADKAIIIgEoAgwiBQRAIAEgBUEBazYCDCABIAEoAggiBUEBaiIIIAEoAgAiCUEAIAggCU8bazYCCCABKAIEIAVBAnRqKAIAIQEgBCAEKAIAQQFqNgIAIAEoAggNBCABQX82AggCQCABKAIMIgRFDQAgAUEAOgAcIANBADYCGCADIAFBFGoiBTYCFCADIAU2AhAgBCADQRBqIAEoAhAoAgwRAQANACABQQxqIgQQzAIgBEEANgIACyABIAEoAghBAWo2AgggARDoAiAGQQFrIQYMAQsLIAQgBCgCAEEBajYCAAsgAhCdAyAAQQA2AgAgA0EgaiQADwtB4MjAABCwAgALQdDIwAAQrwIAC8QCAgR/A34jAEEgayIEJAAgBBDkASABIAEtAD8iA2oiBkGAAToAACAAKQMgIQcgA0E/cyIFBEAgBkEBakEAIAX8CwALIAOtIghCO4YgB0IJhiIJIAhCA4aEIghCgP4Dg0IohoQgCEKAgPwHg0IYhiAIQoCAgPgPg0IIhoSEIAdCAYZCgICA+A+DIAdCD4hCgID8B4OEIAdCH4hCgP4DgyAJQjiIhISEIQcgBUEHTQRAIAAgARDIAiABQQBBOPwLAAsgASAHNwA4IAAgARDIAkEAIQMgAUEAOgA/A0AgA0EgRkUEQCADIARqIAAgA2ooAgAiAUH/gfwHcUEIeCABQRh4Qf+B/AdxcjYAACADQQRqIQMMAQsLIAIgBCkAGDcAGCACIAQpABA3ABAgAiAEKQAINwAIIAIgBCkAADcAACAEQSBqJAALtQMBCH8jAEEQayIHJAAgASABKAIUQQFqIgU2AhQgASgCDCEIIAEoAhAhCQJAA0ACQAJAAkACQCAFIAlJBEAgBSAIai0AACIKQTBrIgtB/wFxIgxBCkkNBCAGDQEgB0ENNgIEIAEgB0EEahDSASEBIABBATYCACAAIAE2AgQMBgsgBgRAIAQgBmohBQwCCyAHQQU2AgQgASAHQQRqENIBIQEgAEEBNgIAIAAgATYCBAwFCyAEIAZqIQUgCkEgckHlAEYNAQsgACABIAIgAyAFEH8MAwsgACABIAIgAyAFEFIMAgsgDEEFSyADQpmz5syZs+bMGVJyIANCmLPmzJmz5swZVnFFBEAgASAFQQFqIgU2AhQgBkEBayEGIANCCn4gC61C/wGDfCEDDAELCyAEIAZqIQUgASgCFCIEIAEoAhAiBiAEIAZLGyEGIAEoAgwhCAJAAkACQANAIAQgBkYNASAEIAhqLQAAIglBMGtB/wFxQQlNBEAgASAEQQFqIgQ2AhQMAQsLIAlBIHJB5QBGDQELIAAgASACIAMgBRB/DAELIAAgASACIAMgBRBSCwsgB0EQaiQAC/MCAQV/IwBBEGsiAyQAAkBB2JjBACgCAA0AQdiYwQBBfzYCAEHkmMEAKAIAIgFB4JjBACgCACIARgRAIAEhAAJAIAFB3JjBACgCACICRw0A0G9BgAEgASABQYABTRsiAvwPASIAQX9GDQICQEHomMEAKAIAIgRFBEBB6JjBACAANgIADAELIAEgBGogAEcNAwtB3JjBACgCACIEQeCYwQAoAgAiAGsgAk8EQCAEIQIMAQsgAiAAIAJqIgJLDQIgA0EEaiAEQdiUwQAoAgAgAkEEEG8gAygCBEEBRg0CQdiUwQAgAygCCDYCAEHcmMEAIAI2AgBB4JjBACgCACEACyAAIAJPDQFB2JTBACgCACAAQQJ0aiABQQFqNgIAQeCYwQAgAEEBaiIANgIACyAAIAFNDQBB5JjBAEHYlMEAKAIAIAFBAnRqKAIANgIAQdiYwQBB2JjBACgCAEEBajYCAEHomMEAKAIAIANBEGokACABag8LAAu+AgEFfyMAQSBrIgMkAAJAAkAgAkEgRgRAQQAhAgNAIAJBIEYNAiABIAJqIAJBAWohAi0AACIEQTprQf8BcUH1AUsgBEHnAGtB/wFxQfoBT3INAAsLIABBKTYCCCAAQaTfwAA2AgQgAEEDOgAADAELIANCADcDECADQgA3AwhBACECIANBCGohBAJAA0AgAkEgRg0BIANBGGoiBSABIAJqIgYtAAAgAhCtAQJAIAMoAhhBgoDEAEcNACADLQAcIQcgBSAGQQFqLQAAIAJBAWoQrQEgAygCGEGCgMQARw0AIAQgAy0AHCAHQQR0cjoAACAEQQFqIQQgAkECaiECDAELCyAAQRQ2AgggAEHN38AANgIEIABBAzoAAAwBCyAAIAMpAxA3AAkgACADKQMINwABIABBCzoAAAsgA0EgaiQAC6ICAgR/A34jAEEgayIDJABBFCECIAApAwAiByAHQj+HIgaFIAZ9IgZC6AdaBEADQCADQQxqIAJqIgBBBGsgBiIIIAZCkM4AgCIGQpDOAH59pyIEQf//A3FB5ABuIgVBAXQvAciSQTsAACAAQQJrIAQgBUHkAGxrQf//A3FBAXQvAciSQTsAACACQQRrIQIgCEL/rOIEVg0ACwsgBkIJVgRAIAJBAmsiAiADQQxqaiAGpyIAIABB//8DcUHkAG4iAEHkAGxrQf//A3FBAXQvAciSQTsAACAArSEGCyAHUEUgBlBxRQRAIAJBAWsiAiADQQxqaiAGp0EBdC0AyZJBOgAACyABIAdCAFlBAUEAIANBDGogAmpBFCACaxBIIANBIGokAAu6AgEEf0EfIQIgAEIANwIQIAFBgICACEkEQCABQSYgAUEIdmciA2t2QQFxIANBAXRyQT5zIQILIAAgAjYCHCACQQJ0QYSVwQBqIQRBASACdCIDQaCYwQAoAgBxRQRAIAQgADYCACAAIAQ2AhggACAANgIMIAAgADYCCEGgmMEAQaCYwQAoAgAgA3I2AgAPCwJAAkAgASAEKAIAIgMoAgRBeHFGBEAgAyECDAELIAFBGSACQQF2a0EAIAJBH0cbdCEFA0AgAyAFQR12QQRxaiIEKAIQIgJFDQIgBUEBdCEFIAIhAyACKAIEQXhxIAFHDQALCyACKAIIIgEgADYCDCACIAA2AgggAEEANgIYIAAgAjYCDCAAIAE2AggPCyAEQRBqIAA2AgAgACADNgIYIAAgADYCDCAAIAA2AggLmwIBAX8jAEEgayIEJAACQAJAAkAgACACTQRAIAEgAksNASAAIAFNDQIgBCAANgIIIAQgATYCDCAEIARBDGqtQoCAgICAAoQ3AxggBCAEQQhqrUKAgICAgAKENwMQQfWCwAAgBEEQaiADEIwCAAsgBCAANgIIIAQgAjYCDCAEIARBDGqtQoCAgICAAoQ3AxggBCAEQQhqrUKAgICAgAKENwMQQdSDwAAgBEEQaiADEIwCAAsgBCABNgIIIAQgAjYCDCAEIARBDGqtQoCAgICAAoQ3AxgMAQsgBCABNgIIIAQgAjYCDCAEIARBDGqtQoCAgICAAoQ3AxgLIAQgBEEIaq1CgICAgIAChDcDEEGNhMAAIARBEGogAxCMAgALlgIBB38jAEEgayICJAAgACgCACIDIAAoAggiBGsgAUkEQAJAIAEgASAEaiIFSwR/QQAFQQAhBCACQRRqIQZBCCAFIANBAXQiASABIAVJGyIBIAFBCE0bIgFBAE4EQAJ/IANFBEBBACEDIAJBHGoMAQsgACgCBCEEIAJBATYCHCACQRhqCyADNgIAAn8gAigCHARAIAIoAhgiA0UEQCACQQhqQQEgARD3AiACKAIIDAILIAQgA0EBIAEQPQwBCyACQQEgARD3AiACKAIACyIDDQIgAkEBNgIUIAJBEGohBiABIQQLIAYgBDYCACACKAIQIQEgAigCFAsgASEIEPICAAsgACABNgIAIAAgAzYCBAsgAkEgaiQAC8sCAQR/IwBBIGsiBSQAQQEhBwJAIAAtAAQNACAALQAFIQggACgCACIGLQAKQYABcUUEQCAGKAIAQcviwABB4LTAACAIQQFxIggbQQJBAyAIGyAGKAIEKAIMEQAADQEgBigCACABIAIgBigCBCgCDBEAAA0BIAYoAgBB47TAAEECIAYoAgQoAgwRAAANASADIAYgBBEBACEHDAELIAhBAXFFBEAgBigCAEHltMAAQQMgBigCBCgCDBEAAA0BCyAFQQE6AA8gBUH0tMAANgIUIAUgBikCADcCACAFIAYpAgg3AhggBSAFQQ9qNgIIIAUgBTYCECAFIAEgAhBFDQAgBUHjtMAAQQIQRQ0AIAMgBUEQaiAEEQEABEAMAQsgBSgCEEHotMAAQQIgBSgCFCgCDBEAACEHCyAAQQE6AAUgACAHOgAEIAVBIGokACAAC5YCAgR/A34jAEEgayIDJABBFCECIAApAwAiByEGIAdC6AdaBEADQCADQQxqIAJqIgBBBGsgBiIIIAZCkM4AgCIGQpDOAH59pyIEQf//A3FB5ABuIgVBAXQvAciSQTsAACAAQQJrIAQgBUHkAGxrQf//A3FBAXQvAciSQTsAACACQQRrIQIgCEL/rOIEVg0ACwsgBkIJVgRAIAJBAmsiAiADQQxqaiAGpyIAIABB//8DcUHkAG4iAEHkAGxrQf//A3FBAXQvAciSQTsAACAArSEGCyAHUEUgBlBxRQRAIAJBAWsiAiADQQxqaiAGp0EBdC0AyZJBOgAACyABQQFBAUEAIANBDGogAmpBFCACaxBIIANBIGokAAufAgICfwF+IAACfwJAAkACQAJAAkACQCACDgIAAQILIABBADoAAUEBDAULIAEtAAAiA0Eraw4DAgECAQsgAS0AACEDCyABIANB/wFxQStGIgNqIQEgAiADayICQQlPBEBBACEDAkADQCACRQ0EIAEtAAAhBCADrUIKfiIFQiCIpw0BIARBMGsiA0EKTw0DIAFBAWohASACQQFrIQIgAyADIAWnaiIDTQ0ACyAAQQI6AAFBAQwECyAEQTBrQf8BcUEKTw0BIABBAjoAAUEBDAMLQQAhAwNAIAJFDQIgAS0AAEEwayIEQQlLDQEgAUEBaiEBIAJBAWshAiAEIANBCmxqIQMMAAsACyAAQQE6AAFBAQwBCyAAIAM2AgRBAAs6AAALiQIBB38jAEEQayIDJABBCiECIAAoAgAiBCEAIARB6AdPBEADQCADQQZqIAJqIgVBBGsgACIGIABBkM4AbiIAQZDOAGxrIgdB//8DcUHkAG4iCEEBdC8ByJJBOwAAIAVBAmsgByAIQeQAbGtB//8DcUEBdC8ByJJBOwAAIAJBBGshAiAGQf+s4gRLDQALCyAAQQlLBEAgAkECayICIANBBmpqIAAgAEH//wNxQeQAbiIAQeQAbGtB//8DcUEBdC8ByJJBOwAAC0EAIAQgABtFBEAgAkEBayICIANBBmpqIABBAXQtAMmSQToAAAsgAUEBQQFBACADQQZqIAJqQQogAmsQSCADQRBqJAALpAIBBX8jAEGAAWsiAyQAIAEgAkEEdEFAcWohByABIQUDQCAFIAdGRQRAQQAhBANAIARBwABGRQRAIAMgBCAFahD1ASADQUBrIARqIgYgAykACDcACCAGIAMpAAA3AAAgBEEQaiEEDAELCyADIANBQGtBwAD8CgAAQQAhBANAIARBwABGRQRAIAMgBGoiBiAGQQhqEPwBIARBEGohBAwBCwsgACADKQMAIAMpAwgQNCAAIAMpAxAgAykDGBA0IAAgAykDICADKQMoEDQgACADKQMwIAMpAzgQNCAFQUBrIQUMAQsLIAJBA3FBBHQhBCABIAJB/P//P3FBBHRqIQEDQCAEBEAgACABEKICIARBEGshBCABQRBqIQEMAQsLIANBgAFqJAALvQIBBn8jAEEgayICJAAgACgCACEDAkACQAJAAkACQCAAKAIEIgAOAwQCAQALQQEhBCABKAIAIgVBxOLAAEEHIAEoAgQiBigCDCIHEQAADQIgAEEDdCEAQQAhAQNAIABFBEBBACEEDAQLIAIgAzYCHCABBEAgBUHL4sAAQQIgBxEAAA0ECyACQQc2AhAgAiACQRxqNgIMIAUgBkHrmcAAIAJBDGoQRw0DIANBCGohAyABQQFrIQEgAEEIayEADAALAAsgAkESNgIYIAJBEjYCECACIAM2AgwgAiADQQhqNgIUIAEoAgAgASgCBEGHmcAAIAJBDGoQRyEEDAELIAJBEjYCECACIAM2AgwgASgCACABKAIEQeuZwAAgAkEMahBHIQQLIAJBIGokACAEDwtBpuLAAEEOQbTiwAAQ+gIAC4kCAQZ/IAAoAggiBCECAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIGIAAoAgAgBGtLBH8gACAEIAYQoAEgACgCCAUgAgsgACgCBGohAgJAIAFBgAFPBEAgAUE/cUGAf3IhBSABQQZ2IQMgAUGAEEkEQCACIAU6AAEgAiADQcABcjoAAAwCCyABQQx2IQcgA0E/cUGAf3IhAyABQf//A00EQCACIAU6AAIgAiADOgABIAIgB0HgAXI6AAAMAgsgAiAFOgADIAIgAzoAAiACIAdBP3FBgH9yOgABIAIgAUESdkFwcjoAAAwBCyACIAE6AAALIAAgBCAGajYCCEEAC7oCAQJ/IwBBIGsiAiQAIAJBBGogARCnAQJAAkACQAJ/IAItAARBAUYEQCACKAIIDAELIAItAAVBAUYEQCACLQAGQSJHDQIgAUEANgIIIAEgASgCFEEBajYCFCACQRBqIAFBDGogARA7IAIoAhQhAyACKAIQQQJHDQMgAEGAgICAeDYCACAAIAM2AgQMBAsgAkEFNgIQIAEgAkEQahDSAQshASAAQYCAgIB4NgIAIAAgATYCBAwCCyABIAJBH2pBwOHAABBJIAEQ2AIhASAAQYCAgIB4NgIAIAAgATYCBAwBCyACQQRqIAMgAigCGBCzASACKAIEQYCAgIB4RgRAIAIoAgggARDYAiEBIABBgICAgHg2AgAgACABNgIEDAELIAAgAigCDDYCCCAAIAIpAgQ3AgALIAJBIGokAAuAAgIDfwF+IwBBIGsiBSQAQQEhB0EEIQYCQAJAIAStIAOtfiIIQiCIpw0AIAinIgNB/P///wdLDQACfyABRQRAQQAhBiAFQRxqDAELIAVBBDYCHCABIARsIQYgBUEYagsgBjYCAAJ/IAUoAhwEQCAFKAIYIgFFBEAgBUEQakEEIAMQ1wIgBSgCECEGIAUoAhQMAgsgAiABQQQgAxA9IQYgAwwBCyAFQQhqQQQgAxDXAiAFKAIIIQYgBSgCDAsgBkUEQCAAQQQ2AgRBCCEGDAILIAAgBjYCBEEAIQdBCCEGIQMMAQtBACEDCyAAIAZqIAM2AgAgACAHNgIAIAVBIGokAAv6AQEDfyMAQRBrIgIkACAAKAIAIQACfyABLQALQRhxRQRAIAEoAgAgACABKAIEKAIQEQEADAELIAJBADYCDCABIAJBDGoCfyAAQYABTwRAIABBP3FBgH9yIQMgAEEGdiEBIABBgBBJBEAgAiADOgANIAIgAUHAAXI6AAxBAgwCCyAAQQx2IQQgAUE/cUGAf3IhASAAQf//A00EQCACIAM6AA4gAiABOgANIAIgBEHgAXI6AAxBAwwCCyACIAM6AA8gAiABOgAOIAIgBEE/cUGAf3I6AA0gAiAAQRJ2QXByOgAMQQQMAQsgAiAAOgAMQQELEDwLIAJBEGokAAupAgEFfyMAQSBrIgIkAEEBIQMCQCAAKAIAIgQtAABBAUYEQCABKAIAIgBB7KjAAEEEIAEoAgQiBigCDCIFEQAADQEgBEEBaiEEAkAgAS0ACkGAAXFFBEAgAEHqtMAAQQEgBREAAA0DIAQgARCOAg0DIAEoAgAhACABKAIEKAIMIQUMAQsgAEHrtMAAQQIgBREAAA0CIAJBAToADyACIAY2AgQgAiAANgIAIAJB9LTAADYCFCACIAEpAgg3AhggAiACQQ9qNgIIIAIgAjYCECAEIAJBEGoQjgINAiACKAIQQei0wABBAiACKAIUKAIMEQAADQILIABB7rTAAEEBIAURAAAhAwwBCyABKAIAQeiowABBBCABKAIEKAIMEQAAIQMLIAJBIGokACADC4QCAQJ/IwBBIGsiASQAIAFBBGogABCnAQJAIAEtAARBAUYEQCABKAIIIQAMAQsgAS0ABUEBRgRAAkAgAS0ABiICQd0ARwRAIAJBLEYNASABQRY2AhQgACABQRRqENIBIQAMAwsgACAAKAIUQQFqNgIUQQAhAAwCCyAAIAAoAhRBAWo2AhQgAUEMaiAAEKcBAkAgAS0ADCICDQAgAS0ADUEBRw0AIAEtAA5B3QBHDQAgAUEVNgIUIAAgAUEUahDSASEADAILIAFBFjYCFCAAIAFBFGoQ0gEhACACRQ0BIAEoAhAQtwEMAQsgAUECNgIUIAAgAUEUahDSASEACyABQSBqJAAgAAvyAQEGfyAAKAIIIQYgAAJ/QQEgAUGAAUkiAw0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIHEGYgACgCBCAAKAIIaiECAkAgA0UEQCABQT9xQYB/ciEDIAFBBnYhBCABQYAQSQRAIAIgAzoAASACIARBwAFyOgAADAILIAFBDHYhBSAEQT9xQYB/ciEEIAFB//8DTQRAIAIgAzoAAiACIAQ6AAEgAiAFQeABcjoAAAwCCyACIAM6AAMgAiAEOgACIAIgBUE/cUGAf3I6AAEgAiABQRJ2QXByOgAADAELIAIgAToAAAsgACAGIAdqNgIIQQALgAIBA38jAEEgayIFJAAgBSAENgIIIAUgAzYCBAJ/AkAgAkUNAANAIAJBAU0EQCABIAZB6ABsaiICQdQAaigCACACQdgAaigCACADIAQQpwJB/wFxDQJBAAwDBSAGIAJBAXYiByAGaiIGIAEgBkHoAGxqIgZB1ABqKAIAIAZB2ABqKAIAIAMgBBCnAkH/AXFBAUYbIQYgAiAHayECDAELAAsACyAFQQ02AhwgBSAFQQRqNgIYIAVBDGpByoXAACAFQRhqEFlBq6LAAEENIAUoAhAiASAFKAIUENsBIQIgBSgCDCABEKoDQQELIQEgACACNgIEIAAgATYCACAFQSBqJAALugEBAn8jAEGQBWsiBCQAIAAoAgAgAEIANwMAQQFxBEAgBCAAQQhqQcgC/AoAAEEEQSAQ6gIiAEEBOgAcIABCgoCAgBA3AgBBCEGgBRDqAiIDIARBkAX8CgAAIANBADoAmAUgAyACNgKUBSADIAE2ApAFIABBADYCCCAAIABBCGo2AhggAEHAyMAANgIUIABBlKbAADYCECAAIAM2AgwQmAEgABCJASAEQZAFaiQADwtBpKbAAEExELoDAAvyAQIDfwF+IAAgACgCOCACajYCOAJAAkAgACgCPCIERQRADAELIAFBAEEIIARrIgMgAiACIANLGxCrASEGIAAgACkDMCAGIARBA3SthoQiBjcDMCACIANPBEAgACAAKQMYIAaFNwMYIAAQuwEgAEEANgI8IAAgACkDACAAKQMwhTcDAAwBCyACIARqIQEMAQsgAiADayIEQXhxIQUDQCADIAVPRQRAIAAgASADaikAACIGIAApAxiFNwMYIAAQuwEgACAGIAApAwCFNwMAIANBCGohAwwBCwsgACABIAMgBEEHcSIBEKsBNwMwCyAAIAE2AjwL7gEBC38jAEEQayIEJAACQCABKAIQIgUgASgCCCIJSw0AIAFBFGoiCiABLQAYIgNqQQFrIQsgASgCBCEHIAEoAgwhAiADQQVJIQwCQAJAA0AgAiAFSw0DIARBCGogCy0AACACIAdqIAUgAmsQoQEgBCgCCEEBRw0BIAEgAiAEKAIMakEBaiICNgIMIAIgA0kNACACIANrIQggAiAJSw0AIAxFDQIgByAIaiAKIAMQ6wENAAsgACACNgIIIAAgCDYCBEEBIQYMAgsgASAFNgIMDAELQQAgA0EEQbjJwAAQZQALIAAgBjYCACAEQRBqJAAL4AEBAn8jAEEQayIDJAAgACgCACEAAn8CQCABKAIIIgJBgICAEHFFBEAgAkGAgIAgcQ0BIAAgARBqDAILIAAoAgAhAkEJIQADQCAAIANqQQZqIAJBD3EtAM/lQDoAACAAQQFrIQAgAkEEdiICDQALIAFBAUHQxcAAQQIgACADakEHakEJIABrEEgMAQsgACgCACECQQkhAANAIAAgA2pBBmogAkEPcS0A0sVAOgAAIABBAWshACACQQR2IgINAAsgAUEBQdDFwABBAiAAIANqQQdqQQkgAGsQSAsgA0EQaiQAC/cBAQJ/IwBBMGsiAyQAAkACQAJAIAJBAWtB/gBLDQAgAyACNgIkIANBADYCICADIAI2AhwgAyABNgIYIANBAToALCADQS82AhQgA0EvNgIoIANBCGogA0EUahB3IAMoAghFDQAgAygCDEUNACACIAMoAhBGDQADQCACRQ0CIAEtAAAiBEEwa0H/AXFBCkkgBEFfcUHBAGtB/wFxQRpJckUEQCADIARBvtHAAEEEEKEBIAMoAgBBAUcNAgsgAUEBaiEBIAJBAWshAgwACwALIABBJjYCCCAAQZjRwAA2AgQgAEEDOgAADAELIABBCzoAAAsgA0EwaiQAC/YBAgJ/An4jAEEQayIEJAACQAJAAkACQAJAAkACQCABKAIUIgUgASgCEEkEQCABKAIMIAVqLQAAIgVBLkYNASAFQcUARiAFQeUARnINAgsgAkUNAkIBIQYMBQsgBCABIAIgA0EAEGAgBCgCAA0CDAMLIAQgASACIANBABBSIAQoAgBFDQIgACAEKAIENgIIIABCAzcDAAwEC0IAIAN9IgdCAFMEQEICIQYgByEDDAMLIAO6vUKAgICAgICAgIB/hCEDDAILIAAgBCgCBDYCCCAAQgM3AwAMAgsgBCkDCCEDCyAAIAM3AwggACAGNwMACyAEQRBqJAAL2QEBAn8jAEEQayIDJAACfwJAIAEoAggiAkGAgIAQcUUEQCACQYCAgCBxDQEgACABEGoMAgsgACgCACECQQkhAANAIAAgA2pBBmogAkEPcS0Az+VAOgAAIABBAWshACACQQR2IgINAAsgAUEBQdDFwABBAiAAIANqQQdqQQkgAGsQSAwBCyAAKAIAIQJBCSEAA0AgACADakEGaiACQQ9xLQDSxUA6AAAgAEEBayEAIAJBBHYiAg0ACyABQQFB0MXAAEECIAAgA2pBB2pBCSAAaxBICyADQRBqJAAL/gEBAn8jAEGAAWsiBSQAIAVBDGoiBkEAQcwA/AsAIAUgBDYCfCAFIAM2AnggBUEYNgJ0IAUgAjYCcCAFQQE2AmwgBUHWmsAANgJoIAVBEDYCZCAFQbTQwAA2AmAgBUEfNgJcIAVBxNDAADYCWCABIAVB2ABqIgFBBSAGQcwAED8gACAFKQAkNwAYIAAgBSkAHDcAECAAIAUpABQ3AAggACAFKQAMNwAAIAAgBSkALDcAQCAAIAUoADQ2AEggACAFKQA4NwAgIAAgBSkAQDcAKCAAIAUpAEg3ADAgACAFKQBQNwA4IAUgATYCXCAFIAY2AlggARCqAiAFQYABaiQAC9MBAQV/QQohBCACIQMCQANAIANB5wdNBEACQCADQQlLDQAMAwsFIAEgBGoiBUEEayADIANBkM4AbiIDQZDOAGxrIgZB+yhsQRN2IgdBAXQvAciSQTsAACAFQQJrIAdBnH9sIAZqQQF0LwHIkkE7AAAgBEEEayEEDAELCyABIARBAmsiBGogAyADQfsobEETdiIDQZx/bGpBAXQvAciSQTsAAAtBACACIAMbRQRAIAEgBEEBayIEaiADQTByOgAACyAAQQogBGs2AgQgACABIARqNgIAC+oBAQd/IwBBIGsiASQAIAFBGGoQjQIiBUHnoMAAQQYQgwMiAhDzASABQRBqIAEoAhggASgCHBDTAgJAIAEoAhBBAUcEQCACIQMMAQsgASgCFCEDIAIQnQMCQCADELsDDQAgAxC8Aw0AIAFBCGogA0HtoMAAQQYQgwMiBBDzASABIAEoAgggASgCDBDTAiABKAIEIQIgASgCACAEEJ0DQQFHDQACQCACELsDDQAgAhC8Aw0AIAIlARABIgRBAEchByAEDQILIAIQnQMLCyADEJ0DIAUQnQMgACACNgIEIAAgBzYCACABQSBqJAALzgECAnwCfyMAQRBrIgckACADuiEFIAACfwJAAkACQANAIAQgBEEfdSIIcyAIayIIQbQCTQRAIAhBA3QrA5DmQCEGIARBAE4NAiAFIAajIQUMBAsgBUQAAAAAAAAAAGENAyAEQQBIBEAgBEG0AmohBCAFRKDI64XzzOF/oyEFDAELCwwBCyAFIAaiIgWZRAAAAAAAAPB/Yg0BCyAHQQ42AgQgACABIAdBBGoQ+AE2AgRBAQwBCyAAIAUgBZogAhs5AwhBAAs2AgAgB0EQaiQAC88BAQR/QfgAIAFrIgRBACAEQfgATRshBSABQQF0IABqQSBrIQRBACEAAkACQANAIABBCEYNASAAIAFqIgNBEGsiBkH3AEsNAiAAIAVHBEAgBEEgaiIDIAQvAQAgAy8BACIDIAJBD3F2IANBACACa0EPcXRyQZEicXMiA0ECdEHMmQNxIANBAXRB7t0DcXMgA0EDdEGIkQJxcyADczsBACAAQQFqIQAgBEECaiEEDAELCyADQfgAQeDawAAQ5gEACw8LIAZB+ABB0NrAABDmAQAL1gEBBH8jAEEQayIEJAACQEGAASAALQB/IgNrIgUgAk0EQCAAQYABaiEGIAMEQCAEIAEgAiAFQazKwAAQlgIgBCgCDCECIAQoAgghASAEKAIEIgUEQCAAIANqIAQoAgAgBfwKAAALIAYgAEEBEKwCIABBADoAfwsgAkEHdiIDBEAgBiABIAMQrAILIAAgAkH/AHEiAzoAfyADRQ0BIAAgASACQYD///8HcWogA/wKAAAMAQsgAgRAIAAgA2ogASAC/AoAAAsgACACIANqOgB/CyAEQRBqJAALxQEBAn8gAEGAAU8EQCABQQQQZiABKAIIIgMgASgCBGohAiABAn8gAEGAEEkEQCACIABBBnZBwAFyOgAAQQIMAQsgAEH//wNNBEAgAiAAQQx2QeABcjoAACACIABBBnZBP3FBgAFyOgABQQMMAQsgAiAAQRJ2QfABcjoAACACIABBBnZBP3FBgAFyOgACIAIgAEEMdkE/cUGAAXI6AAFBBAsiASADajYCCCABIAJqQQFrIABBP3FBgAFyOgAADwsgASAAELECC8QBAgR+BH8jAEEgayIGJAAgBiABQa8CaiIHQRxuIghBBHQiCSkDkI9BIgUgByAIQRxsa0EDdCkDqI1BIgQQrwEgBkEQaiAJKQOIj0EiAiAEEK8BIAYpAxggAiAEfiIDIAYpAwh8IgIgA1StfCIDQgBZBEAgA0IBhiACQj+IhCEDIAJCAYYgBCAFfkI/iIQhAgsgACADNwMAIAAgAiABQaUCaiIAQQN2Qfz///8BcSgC+JFBIAB2QQFxrX03AwggBkEgaiQAC9IBAQd/IwBBEGsiAiQAIAAoAgQiBiAAKAIIIgFqIQQgACgCACABayIFQfD///8HcSEHAkAgBUEEdiIBRQ0AIAFBBHQhAyAEIQEDQCADRQ0BIAJCADcDCCACQgA3AwAgASACKQMINwAIIAEgAikDADcAACADQRBrIQMgAUEQaiEBDAALAAsgBCAHaiEDIAVBD3EhAQNAIAEEQCADQQA6AAAgAUEBayEBIANBAWohAwwBCwsgAiAENgIEIAIgBjYCACACEKoCIABBADYCCCACQRBqJAAL0gEBBX8jAEEQayIEJAACQCACKAIAQQFGBEAgAigCBCEDIAIoAgghBQJAA0AgA0UNASAEQQhqIAEgAyAFENYCQQAhAyAEKAIIIgZFDQALIAQoAgwhAyACQQA2AgQMAgsgAkIANwIACwJAIAIoAgwiA0UNACACKAIQIQcDQCADIAdGDQEgAiADQTBqIgU2AgwgBCABIAMgA0EoaigCABDWAiAFIQMgBCgCACIGRQ0ACyAEKAIEIQMMAQtBACEGCyAAIAM2AgQgACAGNgIAIARBEGokAAvVAQEDfyMAQSBrIgIkACACQQhqIAEoAggiBCABKAIAIAEoAgQiA0H4g8EAEKkCAkAgAigCDEEDTQRAIAEgAzYCCCACQQQ2AhQgACABIAJBFGoQ7gEMAQsgAigCCCEDIAEgBEEEajYCCCADLQADQQF0LgG8+UAgAy0AAkEBdC4BvP1AIAMtAAFBAXQvAbz5QCADLQAAQQF0LwG8/UBywUEIdHJyIgNBAEgEQCACQQw2AhQgACABIAJBFGoQ7gEMAQsgAEEAOwEAIAAgAzsBAgsgAkEgaiQAC+ABAgN/AX4jAEEgayIDJAAgA0EIaiAAQeiawAAQuQICQCADKAIIIgAoAgAEQCAAKAIMQQJHDQEgAygCDCEEIAApAgAhBiAAQQA2AgAgAyAAKAIINgIYIAMgBjcDECADQRBqEOwCIAAoAgwgAEEQaiIFKAIAEJ4DIAUgAjYCACAAIAE2AgwgACgCFCEBIABBADYCFCAAKAIYIQAgBCAEKAIAQQFqNgIAIAEEQCAAIAEoAgQRAgALIANBIGokAA8LQfiawABBwQBBmJvAABCMAgALQaibwABBO0HIm8AAEIwCAAvdAQIDfwF+IwBBEGsiAyQAAkACQAJAQQEgASgCACICQQJrIAJBAU0bQQFrDgICAQALIAEpAgAhBSABQQQ2AgAgBUIgiKchAiAFpyIEQQJGBEAgA0EIaiACEQIAIAMoAgghAiABIAMoAgw2AgQgASACNgIAIAJBAkkNAkG2x8AAQShB4MfAABD6AgALIARBAU0EQCAEIAIQpgMLQbbHwABBKEHwx8AAEPoCAAsQsgMACyACQQFHBH9BAAUgASgCBBDLAiEBQQELIQIgACABNgIEIAAgAjYCACADQRBqJAALvQMCCX8BbyMAQRBrIgYkACAGQQhqQcSUwQAoAgAiB0EIakGAycAAELkCIAYoAgwhCCAGKAIIIgEoAgwiAyABKAIAIgJGBEAgASgCACEDIwBBEGsiAiQAIAJBCGogASABKAIAQQFBBBCWASACKAIIIgRBgYCAgHhHBEAgAigCDBogBBDyAgALIAJBEGokAAJAIAEoAggiBCADIAEoAgwiBWtNDQAgAyAEayICIAUgAmsiBUsgASgCACIJIANrIAVPcUUEQCAJIAJrIQMgAkECdCICBEAgASgCBCIFIANBAnRqIAUgBEECdGogAvwKAAALIAEgAzYCCAwBCyAFQQJ0IgJFDQAgASgCBCIEIANBAnRqIAQgAvwKAAALIAEoAgAhAiABKAIMIQMLIAEgA0EBajYCDCABKAIEIAEoAgggA2oiASACQQAgASACTxtrQQJ0aiAANgIAIAggCCgCAEEBajYCACAHLQAcIQAgB0EBOgAcAkAgAA0AQdCUwQAtAABFBEBByJTBACgCACUBQcyUwQAoAgAlARAkIQoQYSIAIAomASAAEJ0DDAELQcyUwQAoAgAlARAlCyAGQRBqJAALzwEBBX9BBCEHIwBBEGsiBSQAAkACQAJAIAEoAgAiBCACTwRAAn8gBEUEQCAFQQxqIQZBAAwBCyAFQQQ2AgwgASgCBCEIIAVBCGohBiADIARsCyEEIAYgBDYCACAFKAIMIgRFDQIgBSgCCCEGIAJFBEAgCCAGEIYDDAILIAggBiAEIAIgA2wiAxA9IgcNAQwDC0HjjMEAQckAQYiNwQAQjAIACyABIAI2AgAgASAHNgIEC0GBgICAeCEECyAAIAM2AgQgACAENgIAIAVBEGokAAvyAQIGfwFvIwBBEGsiAyQAQQRBKBDqAiICQQA2AiAgAkECNgIYIAJCADcCCCACQoKAgIAQNwIAQQRBBBDqAiIBIAI2AgAgAUH8nMAAEIIDIQQgAiACKAIAQQFqIgE2AgAgAUUEQAALQQRBBBDqAiIBIAI2AgAgAUHonMAAEIIDIgYhASAAJQEgBCUBIAElARAAIQcQYSIBIAcmASABEJ0DIANBCGogAkEIakHYmsAAELkCIAMoAgwhBSADKAIIIgEQ7AIgASAGNgIIIAEgBDYCBCABQQE2AgAgBSAFKAIAQQFqNgIAIAAQnQMgA0EQaiQAIAILugEAIAAgAUK78bY0fkIoiELwsf//D34gAXwiAUL7KH5CE4hC/4CAgPAPg0Kc/wN+IAF8IgFC5wB+QgqIQo+AvIDwgcAHg0L2AX4gAXwiAUI4hiABQoD+A4NCKIaEIAFCgID8B4NCGIYgAUKAgID4D4NCCIaEhCABQgiIQoCAgPgPgyABQhiIQoCA/AeDhCABQiiIQoD+A4MgAUI4iISEhCIBNwMAIABBxgAgAUIBhkIBhHmna0EDdjYCCAvFAQEEfyMAQSBrIgAkACAAQRhqQaSUwQAQiAFBASECAn8gACgCGEEBRgRAIAAoAhwMAQsgAEEQakG0lMEAEIgBIAAoAhAhAiAAKAIUCyEBQQEhAyACQQFHBEAgAEEIakGclMEAEIgBIAAoAgghAyAAKAIMIQELQQEhAiADQQFHBEAgAEGslMEAEIgBIAAoAgAhAiAAKAIEIQELQYAIIQMCQCACQQFHDQAgARC7A0UEQCABIQMMAQsgARCdAwsgAEEgaiQAIAMLxgEBAX8jAEEQayILJAAgACgCACABIAIgACgCBCgCDBEAACEBIAtBADoADSALIAE6AAwgCyAANgIIIAtBCGogAyAEIAUgBhBnIAcgCCAJIAoQZyEBIAstAA0iAiALLQAMIgNyIQACQCADQQFxIAJBAUdyDQAgASgCACIALQAKQYABcUUEQCAAKAIAQfC0wABBAiAAKAIEKAIMEQAAIQAMAQsgACgCAEGkysAAQQEgACgCBCgCDBEAACEACyALQRBqJAAgAEEBcQuqAQECfyMAQSBrIgYkACAGQQhqIAIgBWpBIGpBAUEBEOMBIAZBADYCHCAGIAYpAwg3AhQgBkEUaiIHQfGZwABBDhCXAiAHIAEgAhCXAiAGKAIcIgEgBigCFEYEQCAHEMABCyAGKAIYIAFqQQA6AAAgBiABQQFqNgIcIAZBFGoiASADQRAQlwIgASAEIAUQlwIgACAGKAIcNgIIIAAgBikCFDcCACAGQSBqJAALngEBAn8jAEEgayIBJAAgAUEMaiAAEKcBAn8gAS0ADEEBRgRAIAEoAhAMAQsgAS0ADUEBRgRAAkAgAS0ADiICQf0ARwRAIAJBLEYNASABQRY2AhQgACABQRRqENIBDAMLIAAgACgCFEEBajYCFEEADAILIAFBFTYCFCAAIAFBFGoQ0gEMAQsgAUEDNgIUIAAgAUEUahDSAQsgAUEgaiQAC7cBAgN/AW8jAEHgAmsiBSQAIAAgACgCAEEBaiIGNgIAIAYEQCAFQQhqIAJBAUEBEOMBIAUoAgwhBiAFKAIIIQcgAgRAIAYgASAC/AoAAAsgBSAEOgDZAiAFQQA6ANgCIAUgAjYC1AIgBSAGNgLQAiAFIAc2AswCIAUgADYCyAIgBSADNgLAAiAFQgE3AxAgBUEQaiIAQfClwAAQAiEIEGEiASAIJgEgABD4AiAFQeACaiQAIAEPCwALtAEBBX8jAEEQayIDJAAgA0EIaiABQQhqQdimwAAQuQIgAygCCCIBKAIMIQQgAygCDCEFIAFBAjYCDAJAIARBAkcEQCABKAIQIQEMAQsgAyACKAIEIAIoAgAoAgARAwAgAygCBCECIAMoAgAhBiABKAIUIgcEQCABKAIYIAcoAgwRAgALIAEgAjYCGCABIAY2AhQLIAUgBSgCAEEBajYCACAAIAE2AgQgACAENgIAIANBEGokAAuMAQEDfyMAQRBrIgMkAEEDIQIgAEH/AXEiBEEKTwRAQQEhAiADIAAgBEHkAG4iAEHkAGxrQf8BcUEBdC8ByJJBOwAOC0EAIAQgAEH/AXEiABtFBEAgAkEBayICIANBDWpqIABBAXQtAMmSQToAAAsgAUEBQQFBACADQQ1qIAJqQQMgAmsQSCADQRBqJAALogEBA38gAEGAAU8EQCAAQT9xQYB/ciEDIABBBnYhAiAAQYAQSQRAIAEgAzoAASABIAJBwAFyOgAADwsgAEEMdiEEIAJBP3FBgH9yIQIgAEH//wNNBEAgASADOgACIAEgAjoAASABIARB4AFyOgAADwsgASADOgADIAEgAjoAAiABIARBP3FBgH9yOgABIAEgAEESdkFwcjoAAA8LIAEgADoAAAugAQIBfwF+IwBBEGsiBSQAIAACfwJAAkACQCAErSABrX4iBkIgiKcNACAGpyIEQYCAgIB4IANrSw0AIAQNASAAIAM2AgggAEEANgIEQQAMAwsgAEEANgIEDAELIAVBCGogAyAEIAIQ3gEgBSgCCCICBEAgACACNgIIIAAgATYCBEEADAILIAAgBDYCCCAAIAM2AgQLQQELNgIAIAVBEGokAAuaAQEBfyMAQRBrIgUkAAJ/QQAgAyACIANqIgJLDQAaIAVBBGogASgCACIDIAEoAgRBBCACIANBAXQiAyACIANLGyICIAJBBE0bIgMgBBBvIAUoAgRBAUYEQCAFKAIMIQIgBSgCCAwBCyAFKAIIIQIgASADNgIAIAEgAjYCBEGBgICAeAshAyAAIAI2AgQgACADNgIAIAVBEGokAAuaAQEBfyMAQRBrIgIkACACQQhqIAEQpwEgAAJ/AkAgAi0ACEEBRgRAIAIoAgwhAQwBCwJAIAItAAlBAUYEQCACLQAKQe4ARg0BCyACIAEQUSACKAIAIAAgAigCBDYCBEEBagwCCyABIAEoAhRBAWo2AhQgAUH4ycAAQQMQmgEiAQ0AQQAMAQsgACABNgIEQQILNgIAIAJBEGokAAvyAQICfwF+IwBBEGsiACQAAkACQAJAQQFB0JTBAC0AACIBQQJrIAFBAU0bQf8BcUEBaw4CAgEAC0HMlMEAKQIAIQJB0JTBAEEEOgAAIAAgAjcDCCAAQcSUwQApAgA3AwAgAC0ADEECRgRAIAAgACgCABECAEHMlMEAIAApAgg3AgBBxJTBACAAKQIANwIAQdCUwQAtAABBAkkNAkG2x8AAQShB4MfAABD6AgALIAAtAAxBAU0EQCAAKAIAEOcCIAAoAgQQnQMgACgCCCIAEMsDIAAQnQMLQbbHwABBKEHwx8AAEPoCAAsQsgMACyAAQRBqJAALpQEBBH8jAEEQayIDJAAgA0EANgIMIANCgICAgBA3AgQgA0EEakEgEGZBgIDEACECA0ACQAJAIAJBgIDEAEcEQEGAgMQAIQUMAQsgBEEQRg0BIAEgBGogBEEBaiEELQAAIgJBD3EtAM/lQCEFIAJBBHYtAM/lQCECCyADQQRqIAIQ2gEgBSECDAELCyAAIAMoAgw2AgggACADKQIENwIAIANBEGokAAuMAQEBfyMAQSBrIgMkAAJ/AkACQANAQQAgAkUNAxogA0EMaiAAEPsBIAMtAAwNAiADLQANQQFHDQEgAy0ADiABLQAARgRAIAFBAWohASACQQFrIQIMAQsLIANBCTYCFCAAIANBFGoQ+AEMAgsgA0EFNgIUIAAgA0EUahD4AQwBCyADKAIQCyADQSBqJAALjQEBBH8jAEEQayIDJAAgAxD+ASABKAIQIgUgASgCDGoiBEH/gfwHcUEIeCAEQRh4Qf+B/AdxciEEA0AgAkEQRkUEQCACIANqIAJBDEcEfyABIAJqKAIABSAECzYAACACQQRqIQIMAQsLIAAgAykACDcACCAAIAMpAAA3AAAgASAFQQFqNgIQIANBEGokAAuQAQEDfyMAQSBrIgQkACAEQRRqIAIgAxBCIAACfyAEKAIUQQFGBEAgBCgCGCEGIARBCGogARCCAiAEKAIMIQUgBCgCCCEBEJsCIgIgATYCDCACQQ82AgAgAiAFIAYgA2tqIgNBACADIAVNGzYCEEEADAELIAQoAhwhAiAEKAIYCzYCACAAIAI2AgQgBEEgaiQAC6EBAQN/IwBBEGsiASQAAn8gAC0AACICQQJLBEBB3p3AACECQQkMAQsgAkECdCIDKAKop0AhAiADKAKcp0ALIQMgAUEANgIIIAFCgICAgBA3AgAgACABQdCkwAAQTgRAQbDbwABBNyABQQ9qQeikwABB6NvAABDQAQALIAEoAgAgAiADIAEoAgQiAiABKAIIENsBIQMgAhCqAyABQRBqJAAgAwuNAQEEfyMAQRBrIgIkAAJ/QQEgASgCACIDQScgASgCBCIFKAIQIgERAQANABogAiAAKAIAQYECEDkCQCACLQANIgBBgQFPBEAgAyACKAIAIAERAQBFDQFBAQwCCyADIAIgAi0ADCIEaiAAIARrIAUoAgwRAABFDQBBAQwBCyADQScgAREBAAsgAkEQaiQAC44BAQF/IwBBEGsiBSQAAkAgACABIAIQugEiAg0AIAVBCGoiASAAKAIAIgAoAgAQnwMgARDdAiICDQAgACgCACEAAn8gA0EBRgRAIAQgABD3AQwBCyAAQbj5wABBBBCXAiAFQQQ6AAggBUEIahDdAgsiAg0AIAVBBDoACCAFQQhqEN0CIQILIAVBEGokACACC4YBAQN/IwBBEGsiAyQAIAIgASACaiIBSwRAQQAQ8gIACyADQQRqIAAoAgAiAiAAKAIEQQggASACQQF0IgIgASACSxsiASABQQhNGyIBELQBIAMoAgRBAUYEQCADKAIIIAMoAgwhBRDyAgALIAMoAgghAiAAIAE2AgAgACACNgIEIANBEGokAAueAwEHfyMAQRBrIggkAAJAIANBB00EQCABQf8BcSEFQQAhAQNAIAEgA0YEQCADIQEMAwsgBSABIAJqLQAARgRAQQEhBAwDBSABQQFqIQEMAQsACwALIAhBCGohCQJAAkACQCACIAJBA2pBfHEiBEcEQCAEIAJrIQVBACEEIAFB/wFxIQdBASEGA0AgAiAEai0AACAHRg0EIAUgBEEBaiIERw0ACyAFIANBCGsiBksNAgwBCyADQQhrIQYLIAFB/wFxQYGChAhsIQQDQEGAgoQIIAIgBWoiBygCACAEcyIKayAKckGAgoQIIAdBBGooAgAgBHMiB2sgB3JxQYCBgoR4cUGAgYKEeEcNASAFQQhqIgUgBk0NAAsLAkAgAyAFRg0AIAMgBWshAyACIAVqIQJBACEEIAFB/wFxIQEDQCABIAIgBGotAABHBEAgBEEBaiIEIANHDQEMAgsLIAQgBWohBEEBIQYMAQtBACEGCyAJIAQ2AgQgCSAGNgIAIAgoAgwhASAIKAIIIQQLIAAgBDYCACAAIAE2AgQgCEEQaiQAC34BAX8jAEEgayIBJAAgAUEMaiAAEKcBAn8gAS0ADEEBRgRAIAEoAhAMAQsgAS0ADUEBRgRAIAEtAA5BOkYEQCAAIAAoAhRBAWo2AhRBAAwCCyABQQY2AhQgACABQRRqENIBDAELIAFBAzYCFCAAIAFBFGoQ0gELIAFBIGokAAuCAQIBfwF+AkACQCABrSADrX4iBUIgiKcNACACIAWnIgFqQQFrIgQgAUkNACADQQhqIgMgBEEAIAJrcSIEaiIBIANJDQFBgICAgHggAmsgAU8EQCAAIAQ2AgggACABNgIEIAAgAjYCAA8LIABBADYCAA8LIABBADYCAA8LIABBADYCAAueAQEBfyMAQRBrIgIkACACQQRqIAEQWwJAIAItAARBAUYEQCAAIAIoAgg2AgQgAEGBgICAeDYCAAwBCyACLQAFRQRAIABBgICAgHg2AgAMAQsgAkEEaiABKAIAEG4gAigCBEGAgICAeEcEQCAAIAIoAgw2AgggACACKQIENwIADAELIAAgAigCCDYCBCAAQYGAgIB4NgIACyACQRBqJAALjgEBAX8jAEEQayICJAAgAkEIaiABEFsCQCACLQAIQQFGBEAgACACKAIMNgIEIABBAzYCAAwBCyACLQAJRQRAIABBAjYCAAwBCyACQQhqIAEoAgAQlwEgAigCCCIBQQJHBEAgACACKAIMNgIEIAAgATYCAAwBCyAAIAIoAgw2AgQgAEEDNgIACyACQRBqJAALfQACQCADIARLDQACQCADRQ0AIAIgA00EQCACIANHDQIMAQsgASADaiwAAEG/f0wNAQsCQCAERQ0AIAIgBE0EQCACIARGDQEMAgsgASAEaiwAAEG/f0wNAQsgACAEIANrNgIEIAAgASADajYCAA8LIAEgAiADIAQgBRChAwALfwEGfyABKAIUIgIgASgCECIDIAIgA0sbIQUgASgCDCEGA0AgAiADSQRAIAIgBmotAAAhBAsCQCACIAVGDQAgBEEJayIHQRdLQQEgB3RBk4CABHFFcg0AIAEgAkEBaiICNgIUDAELCyAAIAQ6AAIgAEEAOgAAIAAgAiADSToAAQuNAQECfwJAIAEEQCABKAIAIgJB/////wdPBEAgAEHPADYCCCAAQZecwAA2AgQgAEEANgIADwsgASACQQFqNgIAIAFBCGsiAiACKAIAQQFqIgM2AgAgA0UNASAAIAI2AgggACABNgIEIAAgAUEEajYCAA8LIABBGzYCCCAAQciMwQA2AgQgAEEANgIADwsAC4oBAQF/IwBBEGsiAiQAIAJBCGogARBbAkAgAi0ACEEBRgRAIAAgAigCDDYCBCAAQQI2AgAMAQsgAi0ACUUEQCAAQQA2AgAMAQsgAiABKAIAEFEgAigCBCEBIAIoAgBBAXFFBEAgACABNgIEIABBATYCAAwBCyAAQQI2AgAgACABNgIECyACQRBqJAALlgEBAn8jAEEwayICJAAgAkEIaiABEFsCQCACLQAIQQFGBEAgAEGBgICAeDYCGCAAIAIoAgw2AgAMAQsgAi0ACUUEQCAAQYCAgIB4NgIYDAELIAJBCGoiAyABKAIAEDcgAigCIEGAgICAeEcEQCAAIANBKPwKAAAMAQsgAEGBgICAeDYCGCAAIAIoAgg2AgALIAJBMGokAAtwAgF/AX5BBCEDAn4gAkEESQRAQQAhA0IADAELIAAgAWo1AAALIQQgAiADQQFySwRAIAAgAWogA2ozAAAgA0EDdK2GIASEIQQgA0ECciEDCyACIANLBH4gACABIANqajEAACADQQN0rYYgBIQFIAQLC5ABAQN/IwBBEGshAUEgIQIDQCACQZACRkUEQCABQgA3AwAgACACaiIDIAEpAwA3AAAgAUIANwMIIAMgASkDCDcACCACQRBqIQIMAQsLIAFCADcDACAAIAEpAwA3AAAgAUIANwMIIAAgASkDCDcACCABQgA3AwAgACABKQMANwAQIAFCADcDCCAAIAEpAwg3ABgLhgEBAX8CQCABQcEAa0H/AXFBBk8EQCABQeEAa0H/AXFBBkkNASABQTBrIgNB/wFxQQpPBEAgACACNgIEIAAgAUH/AXE2AgAPCyAAQYKAxAA2AgAgACADOgAEDwsgAEGCgMQANgIAIAAgAUE3azoABA8LIABBgoDEADYCACAAIAFB1wBrOgAEC38BAn8gAUEPaiECIAAgAUEBdGohAEEQIQECQAJAA0AgAUUNASACQQhrIgNB9wBLDQIgAkH4AEkEQCAAIAFqIgNBDmogA0ECay8BADsBACABQQJrIQEgAkEBayECDAELCyACQfgAQcDawAAQ5gEACw8LIANB+ABBsNrAABDmAQALYgEEfiAAIAJC/////w+DIgMgAUL/////D4MiBH4iBSAEIAJCIIgiAn4iBCADIAFCIIgiBn58IgFCIIZ8IgM3AwAgACADIAVUrSACIAZ+IAEgBFStQiCGIAFCIIiEfHw3AwgLAwAAC5ABAgJ/AX4jAEHAB2siAyQAA0AgAkHAB0ZFBEAgAiADaiABMwEAIgRCgKCAgIACfiAEQoGAgAh+hEKPgLyA8IHAB4MiBEKIBH5CkKDAgIGChIgQgyAEQsEAfkKBgoSIkKDAgAGDhEIPfjcDACACQQhqIQIgAUECaiEBDAELCyAAIANBwAf8CgAAIANBwAdqJAALdQECfyABIAKncSEDQQghBAN/IAAgA2opAABCgIGChIiQoMCAf4MiAlAEfyADIARqIAFxIQMgBEEIaiEEDAEFIAAgAyACeqdBA3ZqIAFxIgNqLAAAQQBOBH8gACkDAEKAgYKEiJCgwIB/g3qnQQN2BSADCwsLC3kBAn8jAEEQayIDJAACQAJAIAIEQCADQQhqQQEgAhD3AiADKAIIIgQNAUEBEPICAAsgAEEANgIIIABCgICAgBA3AgAMAQsgAEEANgIIIAAgBDYCBCAAIAI2AgAgAgRAIAQgASAC/AoAAAsgACACNgIICyADQRBqJAALYwEBfwJ/IANBAEgEQEEBIQFBBAwBCwJ/An8gAQRAIAIgAUEBIAMQPQwBCyADEC8LIgRFBEAgAEEBNgIEQQEMAQsgACAENgIEQQALIQEgAyEEQQgLIABqIAQ2AgAgACABNgIAC6YBAgR/AW9BIBD0AiIBQgA3AhQgAUKAgICAwAA3AgwgAUIBNwIEIAFBADoAHBCNAiICJQEQGyEFEGEiAyAFJgEgAyUBEBwhBCADEJ0DIAIQnQNBgAglARAdIQUQYSIDIAUmASABQQI2AgBBBBD0AiICIAE2AgAgAkHwxsAAEIIDIQIgACAEQQBHOgAMIAAgAjYCCCAAIAM2AgQgACABNgIAQYAIEJ0DCwMAAAt8AQZ/AkACQAJAIAAoAgAOAgABAgsgACgCCCIBRQ0BIAAoAgQgARCGAwwBCyAALQAEQQNHDQAgACgCCCIBKAIEIgMoAgAiAgRAIAEoAgAgAhECAAsgAygCBCICBEAgASgCACADKAIIIQYgAhCGAwsgAUEMENEBCyAAEMMDC3oBBX8CQAJAAkAgACgCAA4CAAECCyAAKAIEIABBCGooAgAQhgMMAQsgAC0ABEEDRw0AIAAoAggiASgCBCIDKAIAIgIEQCABKAIAIAIRAgALIAMoAgQiAgRAIAEoAgAgAygCCCEFIAIQ0QELIAFBDBDRAQsgAEEUENEBC2wBA38jAEEgayIDJAAgACABIAJBBHYQayACQQ9xIgQEQCADQRBqIgUQ/gEgA0EIaiAFIARBvMrAABCJAiADKAIIIAMoAgwgASACQfD///8HcWogBEHMysAAELoCIAAgBUEBEGsLIANBIGokAAt0AQR/IwBBEGsiAyQAIAAoAgAhBSAALQAEQQFHBEAgBSgCAEGnysAAQQEQlwILIANBBDoACAJAIANBCGoiBhDdAiIEDQAgAEECOgAEIAUoAgAgASACEKYCIgQNACADQQQ6AAggBhDdAiEECyADQRBqJAAgBAtmAQV+IAAgACkDGCIBQhCJIAEgACkDCHwiAYUiAiAAKQMQIgMgACkDAHwiBEIgiXwiBTcDACAAIAJCFYkgBYU3AxggACABIANCDYkgBIUiAnwiASACQhGJhTcDECAAIAFCIIk3AwgLhAECAn8BbyMAQRBrIgQkABCjAyIFJQEgAiADEAQgASUBIAUlARAFIQYQYSIBIAYmASABIQMgBEEIahDGAkEAIQIgBCgCCEEBRgRAIAQoAgxBlKHAAEEHQaakwABBIxDbASEDEJ0DQQEhAgsgBRCdAyAAIAM2AgQgACACNgIAIARBEGokAAteAQJ/IAACfyABQsgAWgRAIAGnQThrIgIgAkGQgAFuIgJBkIABbGsiA0EQSQRAIABBADoABEEBDAILIAAgA60gAkEOdK18QhB9NwMIQQAMAQsgAEEAOgAEQQELNgIAC30DAX8BfgF8IwBBEGsiAyQAAkACQAJAAkAgACgCAEEBaw4CAQIACyAAKwMIIQUgA0EDOgAAIAMgBTkDCAwCCyAAKQMIIQQgA0EBOgAAIAMgBDcDCAwBCyAAKQMIIQQgA0ECOgAAIAMgBDcDCAsgAyABIAIQzAEgA0EQaiQAC3sBAn8jAEEQayIDJABBgJXBAEGAlcEAKAIAIgRBAWo2AgACQCAEQQBIDQACQEHklMEALQAARQRAQeCUwQBB4JTBACgCAEEBajYCAEH8lMEAKAIAQQBODQEMAgsgA0EIaiAAIAERAwAAC0HklMEAQQA6AAAgAkUNAAALAAtpAQV/IwBBEGsiASQAIAFBBGogACgCACICIAAoAgRBCCACQQF0IgIgAkEITRsiAhC0ASABKAIEQQFGBEAgASgCCCABKAIMIQUQ8gIACyABKAIIIQMgACACNgIAIAAgAzYCBCABQRBqJAALXgEBfyMAQRBrIgQkAAJ/IABFBEBBACEAIARBDGoMAQsgBCACNgIMIAAgA2whACAEQQhqCyAANgIAAkAgBCgCDCIARQ0AIAQoAggiAkUNACABIAIQ0QELIARBEGokAAtkAQF/IwBBEGsiAyQAIAEEQCADQQhqIAEgAigCEBEDACADKAIMIQEgACADKAIIIgI2AgggACABQQAgAkEBcSICGzYCBCAAQQAgASACGzYCACADQRBqJAAPC0GEx8AAQTIQugMAC1cBAn8DQCACQRBGRQRAIAAgAmoiASABLwEAIgEgASABQQJ2c0GgJnEiAUECdHMgAXMiASABIAFBAXZzQdCgAXEiAUEBdHMgAXM7AQAgAkECaiECDAELCwsDAAALaQEBfyMAQRBrIgQkACAEIAJBEBDIASAEIANBGHhB/4H8B3EgA0H/gfwHcUEIeHI2AgwgBCAEQQxqQQQQlwIgAEHcysAAQQYgASAEKAIEIgAgBCgCCBCPASAEKAIAIAAQqgMgBEEQaiQAC2EBAn8jAEEQayIEJAACQCAAIAFBBBC6ASIBDQAgBEEIaiIFIAAoAgAiACgCABC4AyAFEN0CIgENACAAKAIAIAIgAxCmAiIBDQAgBEEEOgAIIAUQ3QIhAQsgBEEQaiQAIAELYQEBfyMAQRBrIgUkAAJAIAAgASACELoBIgINACAFQQhqIgEgACgCACIAKAIAEJ8DIAEQ3QIiAg0AIAAoAgAgAyAEEKYCIgINACAFQQQ6AAggARDdAiECCyAFQRBqJAAgAgtgAQN/IwBBEGsiAyQAIANBCGogAkEBQQEQ4wEgAygCCCEFIAMoAgwhBCAAQQA2AgggACAENgIEIAAgBTYCACACBEAgAgRAIAQgASAC/AoAAAsgACACNgIICyADQRBqJAALAwAACwMAAAsDAAALEAAgACABIAJBrIXAABDOAwsQACAAIAEgAkGNhcAAEM4DC1gBAn8jAEEQayIEJAACfyAARQRAQQAhACAEQQxqDAELIAQgAjYCDCAAIANsIQAgBEEIagsgADYCACAEKAIMIgAEQCAEKAIIIQUgASAFEIYDCyAEQRBqJAALXwEEfyABKAIAIgMgASgCCCICSwRAIAEoAgQhBAJAIAJFBEBBASEFIAQgAxCGAwwBCyAEIANBASACED0iBQ0AQQEQ8gIACyABIAU2AgQLIAAgAjYCBCAAIAEoAgQ2AgALXAEBfyMAQSBrIgUkACAFIAE2AgQgBSAANgIAIAUgAzYCDCAFIAI2AgggBSAFQQhqrUKAgICAoAGENwMYIAUgBa1CgICAgLABhDcDEEGWh8AAIAVBEGogBBCMAgALXQECfwJAIABBBGsoAgAiAkF4cSIDQQRBCCACQQNxIgIbIAFqTwRAIAJBACADIAFBJ2pLGw0BIAAQQQ8LQciLwQBBLkH4i8EAEPoCAAtBiIzBAEEuQbiMwQAQ+gIAC2ICAn8BfiMAQRBrIgIkACACQQhqIAAoAgwgACgCECIDIAAoAhRBAWoiACADIAAgA0kbEFMgAikDCCEEEJsCIgAgBDcCDCAAIAEoAgg2AgggACABKQIANwIAIAJBEGokACAAC10BAX8jAEEQayIEJAAgAQRAIARBCGogASADIAIoAhARBAAgBCgCDCEBIAAgBCgCCCICNgIEIAAgAUEAIAJBAXEbNgIAIARBEGokAA8LIAMQnQNBhMfAAEEyELoDAAtqAQF/AkACQAJAAkACQAJAIAAtABRBAWsOAwECAQALIABBCGooAgBB/////wdPDQMgACgCDA0CCw8LIABBAzoAFA8LIAAgACgCAEEBaiIBNgIAIAFFDQEgAEEBOgAUAAtBsMjAABCwAgsAC1sBA38jAEEQayICJAAgAhCDAgNAIANBEEZFBEAgAiADaiIEIAEpAAg3AAggBCABKQAANwAAIANBEGohAwwBCwsgACACKQAINwAIIAAgAikAADcAACACQRBqJAALUgECfyAAKAIIIQIgAAJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiAxBmIAEgACgCBCAAKAIIahCUASAAIAIgA2o2AghBAAtwAQF/AkAgAEGECE8EQCAA0G8mAUHYmMEAKAIADQEgAEHomMEAKAIAIgFJDQEgACABayIAQeCYwQAoAgBPDQFB2JTBACgCACAAQQJ0akHkmMEAKAIANgIAQeSYwQAgADYCAEHYmMEAQQA2AgALDwsAC1oBAX8jAEEQayICJAAgAAJ/IAEoAgBBgICAgHhGBEAgASgCBCEBQQEMAQsgAkEIaiABEIQCIAIoAgghASAAIAIoAgw2AghBAAs2AgAgACABNgIEIAJBEGokAAtcAQF/IwBBIGsiBCQAIAQgATYCBCAEIAA2AgAgBCADNgIMIAQgAjYCCCAEQRE2AhwgBEESNgIUIAQgBEEIajYCGCAEIAQ2AhBBzoTAACAEQRBqEOgBIARBIGokAAtQAQJ/IAAoAgghAiAAAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIDEGYgASAAKAIEIAAoAghqEJQBIAAgAiADajYCCAtxAgJ/AW8jAEEQayIEJAAgAiADEAYhBhBhIgIgBiYBIAJByaTAAEEEEIMDIQUgACABEIMDIQAgAiUBIAUlASAAJQEQBxogBEEIahDGAiAEKAIIQQFGBEAgBCgCDBCdAwsgABCdAyAFEJ0DIARBEGokAAtbAQF/IwBBIGsiAiQAIAJBwNjAADYCDCACIAE2AgggAiAANgIEIAJBDzYCHCACQRA2AhQgAiACQQhqNgIYIAIgAkEEajYCEEHuhMAAIAJBEGoQ6AEgAkEgaiQAC1gBA38jAEHQAGsiASQAA0AgAkHAAEZFBEAgAUFAaxD+ASABIAJqIgMgASkASDcACCADIAEpAEA3AAAgAkEQaiECDAELCyAAIAFBwAD8CgAAIAFB0ABqJAALVAACQCACRQ0AIANFBEAgAiABEOsCIQEMAQsgAhAvIgFFBEBBACEBDAELIAFBBGstAABBA3FFIAJFcg0AIAFBACAC/AsACyAAIAI2AgQgACABNgIAC04BAX8jAEEgayIEJAAgBCADIAEQrwEgBEEQaiADIAIQrwEgACAEKQMYIgEgBCkDAHwiAjcDCCAAIAQpAwggASACVq18NwMAIARBIGokAAtvAAJAAkACQAJAIAAtAOgBQQNrDgIAAQMLIAAoAvABEOMCDAELIAAoAvgBEOMCIAAoAvQBEJ0DIAAoAvABEJ0DCyAAKALkARCdAyAAKALgARCdAyAAQZQBahCuAiAAKAKIASAAQYwBaigCABCqAwsLVQEBfwJAAkAgACgCACAAKAIIIgNrIAJJBEAgACADIAIQoAEgACgCCCEDDAELIAJFDQELIAJFDQAgACgCBCADaiABIAL8CgAACyAAIAIgA2o2AghBAAtOAAJAIANFDQACQCACIANNBEAgAiADRw0BDAILIAEgA2osAABBv39KDQELIAEgAiADIAIgBBChAwALIAAgAiADazYCBCAAIAEgA2o2AgALVAECfyMAQRBrIgQkACAEQQRqIAFBACACIAMQlQEgBCgCCCEBIAQoAgRBAUYEQCAEKAIMIQUgARDyAgALIAAgBCgCDDYCBCAAIAE2AgAgBEEQaiQAC1IBAn8jAEEgayEBA0AgAkEgRkUEQCABIAJqQQA6AAAgAkEBaiECDAELCyAAIAEpABg3ABggACABKQAQNwAQIAAgASkACDcACCAAIAEpAAA3AAALRwEDf0EBIQMDQCACQSBGRQRAIAEgAmotAAAgACACai0AAHMiBEEAIARrcsBBAE4QiAMgA3EhAyACQQFqIQIMAQsLIAMQiAMLUQEBfyMAQSBrIgMkACADIAE2AgwgAyAANgIIIAMgA0EIaq1CgICAgIAChDcDGCADIANBDGqtQoCAgICAAoQ3AxBBnYPAACADQRBqIAIQjAIAC1MBAn8jAEEQayICJAACQCABKAIIIgMgASgCBEkEQCAAQQA6AAAgACABKAIAIANqLQAAOgABDAELIAJBBDYCBCAAIAEgAkEEahDvAQsgAkEQaiQAC0IBAX8jAEEQayICJAACQCABQQFxBEAgAkEEaiAAIAFBAXYQswEMAQsgAkEEaiAAIAEQWQsgAkEEahA2IAJBEGokAAtCAQJ/IwBBEGsiAiQAIAAgARCiASIDBH9BAQUgAkEIaiABEFEgAigCDCEDIAIoAggLNgIAIAAgAzYCBCACQRBqJAALTQEDfyAAKAIEIgNBHGohASAAKAIIIQIDQCACBEAgAUEEaygCACABKAIAEKoDIAJBAWshAiABQTBqIQEMAQsLIAAoAgAgA0EIQTAQzgELQwEDfwJAIAJFDQADQCAALQAAIgQgAS0AACIFRgRAIABBAWohACABQQFqIQEgAkEBayICDQEMAgsLIAQgBWshAwsgAwvjAQECfyMAQRBrIgMkACAAEMwDIQQgAyACNgIMIAMgBDYCCCACIARHBEAjAEEQayIBJAAgASADQQxqNgIMIAEgA0EIajYCCCMAQTBrIgAkACAAQdC0wAA2AgQgACABQQhqNgIAIABB0LTAADYCDCAAIAFBDGo2AgggAEECNgIUIABBjLbAADYCECAAIABBCGqtQoCAgICgAYQ3AyggACAArUKAgICAoAGENwMgIAAgAEEQaq1CgICAgLABhDcDGEGBhsAAIABBGGpBgMjAABCMAgALIAEgAiAAJQEQIiADQRBqJAALUwIBfwF+IwBBEGsiAyQAIANBCGogARCCAiADKQMIIQQQmwIiASAENwIMIAAgATYCBCAAQQI2AgAgASACKAIINgIIIAEgAikCADcCACADQRBqJAALUwIBfwF+IwBBEGsiAyQAIANBCGogARCCAiADKQMIIQQQmwIiASAENwIMIAAgATYCBCAAQQE7AQAgASACKAIINgIIIAEgAikCADcCACADQRBqJAALUwIBfwF+IwBBEGsiAyQAIANBCGogARCCAiADKQMIIQQQmwIiASAENwIMIAAgATYCBCAAQQE6AAAgASACKAIINgIIIAEgAikCADcCACADQRBqJAALSgEBfwJAAkAgAkUEQEEBIQMMAQsgAhAvIgNFDQEgAkUNACADIAEgAvwKAAALIAAgAjYCCCAAIAM2AgQgACACNgIADwtBARDyAgALQAECfwNAIAJBEEZFBEAgACACaiIBIAEvAQAiASABIAFBAnZzQbDgAHEiAUECdHMgAXM7AQAgAkECaiECDAELCwtKAQJ/IwBBEGsiAiQAIAEoAgBBpsrAAEEBEJcCIAJBBDoACCAAQQNBASACQQhqEN0CIgMbOgAEIAAgAyABIAMbNgIAIAJBEGokAAtUAgJ/AW8jAEEQayIDJAAgASUBIAIlARAjIQUQYSIBIAUmASADQQhqEMYCIAMoAgwhAiAAIAMoAghBAXEiBDYCACAAIAIgASAEGzYCBCADQRBqJAALTwECfyAAKAIEIQIgACgCACEDAkAgACgCCCIALQAARQ0AIANBzMXAAEEEIAIoAgwRAABFDQBBAQ8LIAAgAUEKRjoAACADIAEgAigCEBEBAAtEAQJ/IwBBEGshAwNAIAJBEEZFBEAgAiADaiABIAJqLQAAOgAAIAJBAWohAgwBCwsgACADKQAINwAIIAAgAykAADcAAAtIAQF/IwBBEGsiAiQAIAIgACgCACIAQQRqNgIMIAFBl4DAAEEJQaCAwABBCyAAQQNBq4DAAEEJIAJBDGpBBBCOASACQRBqJAALQAEBfyMAQUBqIgIkACACQQhqIAJBGGogABB9IAEgAigCCCACKAIMEJcCIAJBBDoAECACQRBqEN0CIAJBQGskAAtKAgF/AX4jAEEQayICJAAgAkEIaiAAQQxqEIICIAIpAwghAxCbAiIAIAM3AgwgACABKAIINgIIIAAgASkCADcCACACQRBqJAAgAAtcAAJAAkACQCAALQDAAg4EAQICAAILIAAQ4AEgACgCrAIQnQMgACgCmAIgAEGcAmooAgAQqgMLIAAoArACEOYCIAAoArQCIABBuAJqKAIAEKoDIAAoAqgCEJ0DCws7AQF/IwBBEGsiAiQAIAFB/wFxBH8gAEGkysAAQQEQlwIgAkEEOgAIIAJBCGoQ3QIFQQALIAJBEGokAAtEAQN/IAAgASgCFCICIAEoAhAiA0kEfyABIAJBAWo2AhQgASgCDCACai0AAAVBAAs6AAIgAEEAOgAAIAAgAiADSToAAQtAAQN/QQchAgNAIAJBf0cEQCAALQAAIQMgACABIAJqIgQtAAA6AAAgBCADOgAAIABBAWohACACQQFrIQIMAQsLC0MBAX8jAEEQayICJAAgAiAAQQxqNgIMIAFBgIDAAEENQY2AwABBBSAAQQFBkoDAAEEFIAJBDGpBAhCOASACQRBqJAALPgECfyMAQRBrIQIDQCABQRBGRQRAIAEgAmpBADoAACABQQFqIQEMAQsLIAAgAikACDcACCAAIAIpAAA3AAALOgEDfwNAIAJBEEcEQCAAIAJqIgMoAAAhBCADIAEgAmoiAygAADYAACADIAQ2AAAgAkEEaiECDAELCwtHAgF/AX4jAEEQayICJAAgAkEIaiAAEIICIAIpAwghAxCbAiIAIAM3AgwgACABKAIINgIIIAAgASkCADcCACACQRBqJAAgAAs6AQF/AkAgAWlBAUcNACABQQAgAEGAgICAeCABa00bIgJFDQAgAARAIAAgAhDrAiIBRQ0BCyABDwsAC0IBAX8jAEEQayICJAAgAkEIaiABKAIAIAEoAgQgASgCCBBTIAIoAgwhASAAIAIoAgg2AgAgACABNgIEIAJBEGokAAtEAgF/An4jAEEgayIBJAAgAUEQahD+ASABIAEpABgiAjcDCCABIAEpABAiAzcDACAAIAI3AAggACADNwAAIAFBIGokAAs/AQF/IwBBIGsiAiQAIAIgASgCCDYCGCACIAEpAgA3AxAgAkEIaiACQRBqEM8BIAAgAikDCDcDACACQSBqJAALDQAgACABIAJBABDSAwsNACAAIAEgAkEBENIDCw4AIAAgAUHVmcAAENEDCw4AIAAgAUHBmcAAENEDCz4BAX8jAEEQayIEJAAgBEEIakEAIAIgAUEQIAMQlQIgBCgCDCEBIAAgBCgCCDYCACAAIAE2AgQgBEEQaiQACzkBAX8jAEEQayIBJAAgAC0AAARAIAEgAEHBAGo2AgwgASAAQQFqNgIIIAFBCGoQqgILIAFBEGokAAs2AAJAIANpQQFHDQAgA0EAIAFBgICAgHggA2tNGyIDRQ0AIAAgASADIAIQPSIARQ0AIAAPCwAL3AECAX8BfiMAQSBrIgMkACADIAE2AhAgAyAANgIMIANBATsBHCADIAI2AhggAyADQQxqNgIUIwBBEGsiASQAIANBFGoiACkCACEEIAEgADYCDCABIAQ3AgQjAEEQayIAJAAgAUEEaiIBKAIAIgIoAgQiA0EBcQRAIAIoAgAhAiAAIANBAXY2AgQgACACNgIAIAEoAggiAS0ACCECIAEtAAkaIABBxgAgAhC/AQALIABBgICAgHg2AgAgACABNgIMIAEoAggiAS0ACCECIAEtAAkaIABBxwAgAhC/AQALXgEBfwJAAkACQAJAQbyUwQAoAgBBAWsOAgIBAAtBvJTBAEECNgIAQcCUwQBBwJTBACgCABEIACIANgIAQbyUwQBBATYCAAwCCxCyAwALQcCUwQAoAgAhAAsgABDLAgvvAQECfyABKAIIIgJBgICAEHFFBEAgAC0AACEAIAJBgICAIHFFBEAgACABEJMBDwsjAEEQayIDJABBAyECA0AgAiADakEMaiAAQQ9xQdLFwABqLQAAOgAAIAJBAWshAiAAQQR2QQ9xIgANAAsgAUEBQdDFwABBAiACIANqQQ1qQQMgAmsQSCADQRBqJAAPCyAALQAAIQIjAEEQayIDJABBAyEAA0AgACADakEMaiACQQ9xQc/lwABqLQAAOgAAIABBAWshACACQQR2IgINAAsgAUEBQdDFwABBAiAAIANqQQ1qQQMgAGsQSCADQRBqJAALPwEBfwJAIAAEQCAAQQhrIgAoAgAhAiAAEOQCIAFFIAJBAUdxDQEPC0HIjMEAQRsQugMAC0HYm8AAQT8QugMACzsBAX8gAC0AFCEBIABBAToAFAJAIAFFBEAgAEEIayIAIAAoAgBBAWoiATYCACABRQ0BIAAQyQMLDwsACzIBAX8gACACEGYgACgCCCEDIAIEQCAAKAIEIANqIAEgAvwKAAALIAAgAiADajYCCEEACzgBAX8jAEEQayIDJAAgAyABKAIANgIMIAMgA0EMaiIBIAIQhQIgARCFAyAAQQA2AgAgA0EQaiQACzgBAX8jAEEQayIDJAAgAyABKAIANgIMIAMgA0EMaiIBIAIQhgIgARCFAyAAQQA2AgAgA0EQaiQACzYBAn8jAEFAaiECA0AgAUHAAEZFBEAgASACakEAOgAAIAFBAWohAQwBCwsgACACQcAA/AoAAAsxACABIAJLIAIgBEtyRQRAIAAgAiABazYCBCAAIAEgA2o2AgAPCyABIAIgBCAFEGUACzkAIAIgA0kEQEGN3MAAQRMgBBCMAgALIAAgAzYCBCAAIAE2AgAgACACIANrNgIMIAAgASADajYCCAswAQF/IAAgAhBmIAAoAgghAyACBEAgACgCBCADaiABIAL8CgAACyAAIAIgA2o2AggLOgIBfwF+IwBBEGsiASQAIAFBCGpBgAFBAUEBEOMBIAEpAwghAiAAQQA2AgggACACNwIAIAFBEGokAAs4AAJAIAJBgIDEAEYNACAAIAIgASgCEBEBAEUNAEEBDwsgA0UEQEEADwsgACADIAQgASgCDBEAAAs3AQF/IwBBEGsiAyQAIAMgASgCACIBNgIMIAMgA0EMaiACEF4gARDnAiAAQQA2AgAgA0EQaiQACzEBAn8jAEEQayIAJAAgAEEIakEEQRQQ9wIgACgCCCIBRQRAELcDAAsgAEEQaiQAIAELMgECfwNAIAJBwABGRQRAIAAgAmoiAyADKQMAIAEgAmopAwCFNwMAIAJBCGohAgwBCwsLMQECfwNAIAJBEEZFBEAgACACaiIDIAMvAQAgASACai8BAHM7AQAgAkECaiECDAELCwspAQF+IABCAloEfiAAQn8gAHlCP4UiAXkgAXyGIgFCf4V8IAGDBSAACws2ACAAIAAvAQBBf3M7AQAgACAALwECQX9zOwECIAAgAC8BCkF/czsBCiAAIAAvAQxBf3M7AQwLNgECfyABKAIIIQMgASgCBCECIAEoAgBBAUcEQCACIAMQhgNBACECCyAAIAM2AgQgACACNgIACwMAAAszAQF/IwBBEGsiAiQAIAIgARD1ASACIAJBCHIQ/AEgACACKQMAIAIpAwgQNCACQRBqJAALNQECfwJAIABFDQAgASgCACICBEAgACACEQIACyABKAIEIgJFDQAgASgCCCEDIAAgAhCGAwsL4jMCEn8DfiMAQRBrIg8kACMAQcAFayIGJAAgBkHIAGogACABEKUDIAZBADYCUCAGIAYoAkwiCzYCWCAGIAYoAkgiDTYCVCAGQUBrIAIgAxClAyAGQQA2AlwgBiAGKAJEIhU2AmQgBiAGKAJAIgw2AmACQCAEBEAgBkE4aiAEIAUQpQMgBigCOCEDAkAgBigCPCICQYCAgIB4RgRAIAZBgICAgHg2AnAgBiADNgJsIAZBgYCAgHg2AmgMAQsgBiACNgJwIAYgAzYCbCAGIAI2AmggAkGBgICAeEcNAgsgBkEwaiECIAZB6ABqIgAoAgghASAAKAIEIQMCQAJAAkAgACgCACIAQYCAgIB4aw4CAQIACyAAIAMQqgMLQQAhAwsgAiABNgIEIAIgAzYCACAGKAIwIQMgBigCNCECIAZBKGogBkHcAGoQoAIgBigCKCEBIAYoAiwhACAGQSBqIAZB0ABqEKACIAYoAiAiBSABIAUbIgQgAyAEGyIBQQEgARsgBigCJCAAIAUbIAIgBBtBACABGxC6AwALQYCAgIB4IQIgBkGAgICAeDYCaAsCQCAGAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCALQYiyiSJNBEAgBkGQAmogDSALEEAgBkGcAmohASAGKQKUAiEYIAYoApACIgBBgICAgHhGBEAgBiAYNwLEAyAGIAEpAgA3AswDIAYgASgCCDYC1AMMDgsgBiABKQIIIhk3A4AFIAYgASkCACIaNwP4BCAGIBo3A9AEIAYgGTcD2AQgBigCrAIhByAGIBg3AqQDIAYgADYCoAMCQAJAAkACQAJAAkAgB0EEaiIJIAtLBEBBJiEIQfrOwAAhAAwBCyAHIAtPDQUgB0EBaiIFIAtPDQQgB0ECaiIEIAtPDQMgB0EDaiIBIAtPDQJBMCEIQcrOwAAhACAHIA1qLQAAIAUgDWotAABBCHRyIAQgDWotAABBEHRyIAEgDWotAABBGHRyIgFB/4H8B3FBCHggAUEYeEH/gfwHcXIiBUHIoYgCSw0AIAZBkAJqIgQgBa0QvQEgBigCkAIgBBD5Ag0AIAsgBSAJaiIAQSBqRg0BQc4AIQhB/M3AACEACyAGIAg2AswDIAYgADYCyAMgBkEDOgDEAyAGQaADahDxAgwSCyAGQZwCaiAJIA1qIAUQyAEgBkIANwOQBSAGQgA3A4gFIAZCADcDgAUgBkIANwP4BCAGQRhqIAAgDSALQdzNwAAQqQIgBkH4BGpBICAGKAIYIAYoAhxB7M3AABC6AiAGIAYoAqgDNgKYAiAGIAYpAqADNwOQAiAGIAYpA/gENwLEAiAGIAYpA4AFNwLMAiAGIAYpA4gFNwLUAiAGIAYpA5AFNwLcAiAGQagCaiANIAsQyAEgBiAGKQPYBDcCvAIgBiAGKQPQBDcCtAIgBkHAA2oiBSAGQZACaiIEQdQA/AoAACAGIAA2ApQEIAZBxANqIAYoAsADIgFBgICAgHhGDRIaIAYoAsQDIQAgBkH8AGogBkHIA2pB0AD8CgAAIAYgADYCeCAGIAE2AnQCQCACQYCAgIB4RwRAIAYgBikCoAE3A8gDIAYgBikCmAE3A8ADIAQgBRCZASAGKAKUAiEAIAIgBigCmAJHDQEgAyAAIAIQ6wENASAGKAKQAiAAEKoDIAIgAxCqAwsgFUEgRwRAIAZBCjYC0AMgBkH818AANgLMAyAGIBU2AsgDIAZChICAgIAENwLAA0Gfo8AAQQdB0aPAAEEuENsBIQcgBkHAA2oQ1AIMEQsgBiAMLQACOgDOASAGIAwvAAA7AcwBIAYgDCgAAzYAzwEgBiAMKAAHNgDTASAGIAwoAAs2ANcBIAwoAA8hACAGIAwoABM2AN8BIAYgADYA2wEgBiAMLQAfOgDrASAGIAwpABc3AOMBIAYoAsgBIgMgBigClAEiAE0EQCAGKAKQASEIIAZCADcD2AMgBkIANwPQAyAGQgA3A8gDIAZCADcDwAMgBkHMAWpB3M/AAEEBIAZBwANqIgBBIBA/IAYgBikD2AM3A7gDIAYgBikD0AM3A7ADIAYgBikDyAM3A6gDIAYgBikDwAM3A6ADIAAQlAIgBiAGKQO4AzcD2AMgBiAGKQOwAzcD0AMgBiAGKQOoAzcDyAMgBiAGKQOgAzcDwAMgBkGQAmogAEHAAPwKAABBACECA0AgAkHAAEcEQCAGQZACaiACaiIAIAAtAABBNnM6AAAgAkEBaiECDAELCyAGQgA3A/AEQQAhAiAGQdjgwAApAwA3A+gEIAZB0ODAACkDADcD4AQgBkHI4MAAKQMANwPYBCAGQcDgwAApAwA3A9AEIAZB0ARqIAZBkAJqQQEQ7QIDQCACQcAARwRAIAZBkAJqIAJqIgAgAC0AAEHqAHM6AAAgAkEBaiECDAELCyAGQgA3A5gFIAZB2ODAACkDADcDkAUgBkHQ4MAAKQMANwOIBSAGQcjgwAApAwA3A4AFIAZBwODAACkDADcD+AQgBkH4BGoiACAGQZACaiICQQEQ7QIgBkHoA2ogAEEo/AoAACAGQcADaiIBIAZB0ARqQSj8CgAAIAZB0AJqIgAgAUHQAPwKAAAgBkEAOgDPAiAGQaADahCuAgJAIANBP00EQCADBEAgAiAIIAP8CgAACyAGIAM6AM8CDAELIAAgCCADQQZ2EO0CIAYgA0E/cSIAOgDPAiAARQ0AIAZBkAJqIAggA0HA////B3FqIAD8CgAACyAGQcADaiIEIAZBkAJqQZAB/AoAACAGQdAEaiIAEOQBIAZB+ARqIgEQ5AEgBkGABGogBCABEF8gBkEgOgD/AyAGIAYpAJAFNwPYAyAGIAYpAIgFNwPQAyAGIAYpAIAFNwPIAyAGIAYpAPgENwPAAyAGQagEaiAEIAAQX0EAIQIgAUEAQcAA/AsAIAQgAUHAAPwKAAAgBiAGKQDQBDcDoAMgBiAGKQDYBDcDqAMgBiAGKQDgBDcDsAMgBiAGKQDoBDcDuAMDQCACQSBHBEAgBkHAA2ogAmogBkGgA2ogAmotAAA6AAAgAkEBaiECDAELCyAGIAYpANgDNwOIAiAGIAYpANADNwOAAiAGIAYpAMgDNwP4ASAGIAYpAMADNwPwASAGIAZBwANqIgA2AsQDIAYgBkGgA2o2AsADIAAQqgIgBkHwAWogBkGoAWoQ5QFB/wFxRQRAQQAhAgwPCyAGQfgEakGUzcAAQQggBkGYAWoiFkEBQQAQjwEgBigCgAUhASAGKAL8BCEEIAZBkAJqIgAgBigChAEgBigCiAEQyAEgBkHAA2ogBkHMAWogBCABIAAQMSAGLQDAAyICQQtHBEAgBiAGLQDDAzoA7gEgBiAGLwDBAzsB7AEgBigCxAMhAyAGKALIAyEIIAYpAswDIRggBigCkAIgBigClAIQqgMgBigC+AQgBBCqAwwPCyAGIAYoApgCIgU2AqgDIAYgBigClAIiATYCpAMgBiAGKAKQAjYCoAMgBigC+AQgBBCqA0EDIQIgBUEESQRAQerTwAAhA0EwIQgMDgtBv9PAACEDQSshCCABKAAAIgBB/4H8B3FBCHggAEEYeEH/gfwHcXIiBEGAgIACSyAEIAVBBGtLcg0NQZTTwAAhAyAEQQRqIgCtEJ4CIAWtUg0NIAZBEGogACABIAVBhNPAABCpAiAGKAIUIQcgBigCECEAA0AgBwRAIAdBAWshByAALQAAIQkgAEEBaiEAIAlFDQEMDwsLIAZBADYC1AMgBiAENgLQAyAGIAFBBGo2AswDIAZBgAE6ANgDIAZBADYCyAMgBkKAgICAEDcCwAMgBkH4BGogBkHAA2oQpwEgBi0A+ARBAUYEQCAGKAL8BCEADAwLAkACQAJAIAYtAPkEQQFGBEAgBi0A+gQiAEHbAEYNASAAQfsARg0CQYCAgIB4IQEgBkHAA2oiACAGQb8FakHw4cAAEEkgABDYAiEADBALIAZBBTYCkAIgBkHAA2ogBkGQAmoQ0gEhAAwOCyAGIAYtANgDQQFrIgA6ANgDAkAgAEH/AXEEQCAGIAYoAtQDQQFqNgLUAyAGQQE6APwEIAYgBkHAA2o2AvgEIAZBkAJqIAZB+ARqEKkBIAYoApQCIQBBgICAgHghAgJAAn8CQAJAAkAgBigCkAIOAwEABAALIAZBkAJqIgEgBkH4BGoQWwJAIAYtAJACQQFHBEAgBi0AkQJBAUcNAyABIAYoAvgEEDIgBigCkAIiAkGAgICAeEcNAQsgBigClAIMAwsgBigCmAIhCCAAIQMgBigClAIhAAwDC0EAQbTZwAAQ3AEMAQtBAUG02cAAENwBCyEAQYCAgIB4IQILIAYgBi0A2ANBAWo6ANgDIAYgBkHAA2oQciIBNgKgAiAGIAM2ApwCIAYgCDYCmAIgBiAANgKUAiAGIAI2ApACIAJBgICAgHhHDQFBgICAgHghAiABDQMMDgsgBkEYNgKQAiAGQcADaiAGQZACahDSASEADA4LIAFFDQsgBkGQAmoQ8wJBgICAgHghAiABIQAMDAsgBiAGLQDYA0EBayIAOgDYAyAAQf8BcUUNCSAGIAYoAtQDQQFqNgLUAyAGQQE6ANQEIAYgBkHAA2o2AtAEIAZBgICAgHg2AvgEQYCAgIB4IQFBACEHQQAhCAJAA0ACQCAGQZACaiAGQdAEahBUAkACQAJAAkACQAJAAkACQAJ/IAYtAJACQQFGBEAgBigClAIMAQsgBi0AkQJBAUcNAyAGKALQBCIAQQA2AgggACAAKAIUQQFqNgIUIAZBkAJqIABBDGogABA7IAYoApQCIgIgBigCkAJBAkYNABogAiAGKAKYAiIAQazSwABBBxDZAg0BIAIgAEGz0sAAQQcQ2QINAiACIABBvNLAAEECENkBCyEAIAYgCTYCgAUgBiAENgL8BCAGIAE2AvgEDAULIAcNAyAGQQhqIAYoAtAEEOkBIAYoAgwhAyAGKAIIQQFxDQJBASEHQQEhCAwICyABQYCAgIB4Rg0FIAYgCTYCgAUgBiAENgL8BCAGIAE2AvgEQbPSwABBBxCHAiEADAQLIAYgCTYCgAUgBiAENgL8BCAGIAE2AvgEIAhBAXFFBEBBrNLAAEEHEIgCIQAMAwsgBCEAIAEiAkGAgICAeEcNB0Gz0sAAQQcQiAIhAEGAgICAeCECDAcLIAYgCTYCgAUgBiAENgL8BCAGIAE2AvgEIAMhAAwBCyAGIAk2AoAFIAYgBDYC/AQgBiABNgL4BEGs0sAAQQcQhwIhAAtBgICAgHghAiABQYCAgIB4Rg0ECyAGQfgEahDzAgwBCwJAIAYoAtAEIgIQogEiAEUEQCAGQZACaiACEDIgBigClAIhACAGKAKQAiICQYCAgIB4Rw0BCyAGIAQ2AvwEIAYgATYC+AQMAQsgBigCmAIhCSAAIQQgAiEBDAELC0GAgICAeCECCyAGIAYtANgDQQFqOgDYAyAGIAZBwANqEJABIgE2AqACIAYgAzYCnAIgBiAJNgKYAiAGIAA2ApQCIAYgAjYCkAIgAkGAgICAeEcEQCABRQ0LIAZBkAJqEPMCQYCAgIB4IQIgASEADAwLIAFFDQggARC3AQwICyABELcBDAoLQQAgAyAAQYTNwAAQZQALIAYoApACIAAQqgNBn6PAAEEHQaajwABBKxDbASEHIAIgAxCqAwwPCyABIAtBzM3AABDmAQALIAQgC0G8zcAAEOYBAAsgBSALQazNwAAQ5gEACyAHIAtBnM3AABDmAQALIAZBJDYCzAMgBkGgz8AANgLIAyAGQQg6AMQDDAwLQYCAgIB4IQIMAgsgBkEYNgKQAiAGQcADaiAGQZACahDSASEADAILIAYpApgCIRkLQYCAgIB4IQEgAkGAgICAeEYEQCAAIAZBwANqENgCIQAMAgsgBiAZNwKYAiAGIAA2ApQCIAYgAjYCkAIgBkHQBGogBkHAA2oQpwECQAJ/IAYtANAEQQFGBEAgBigC1AQMAQsgBi0A0QRBAUcNASAGQRY2AvgEIAZBwANqIAZB+ARqENIBCyEAIAZBkAJqEPMCDAILIAIhAQwBC0GAgICAeCEBCyAGKALAAyAGKALEAxCqAyABQYCAgIB4RgRAIAAQtwFBAyECQZrUwAAhA0EyIQgMAQsgBiAANgL8BCAGIAE2AvgEIAYgGTcCgAUCQAJAIBlCgICAgHCDQoCAgIAQUgRAQQMhAkEZIQhB4NfAACEDDAELIBmnIgJBoI0GSwRAQQghAkEYIQhByNfAACEDDAELAkACQAJAIAYCfkH4lMEALQAABEBB8JTBACkDACEaQeiUwQApAwAMAQsgBkEAOgDAA0EBEC8iBEUNASAEQQEQ0QFB8JTBACAErSIaNwMAQfiUwQBBAToAACAGQcADaq0LIhg3A6ACQeiUwQAgGEIBfDcDACAGIBo3A6gCIAZB+NrAACkDADcDkAIgBkGA28AAKQMANwOYAiAAIAJB6ABsaiEXIAAhBQNAIBcgBSIKRgRAQQshAgwEC0EDIQIgCigCWCIQQYEIa0GAeEkEQEEtIQhBm9fAACEDDAQLIAooAlQhBCAGQS82AsADQecAIQhBtNbAACEDIAQgECAGQcADakEBENoCDQMgCkHoAGohBSAEIBBqIRIgBCEHA0ACQCAHIBJGDQACfyAHLAAAIhNBAE4EQCATQf8BcSEJIAdBAWoMAQsgBy0AAUE/cSEOIBNBH3EhCSATQV9NBEAgCUEGdCAOciEJIAdBAmoMAQsgBy0AAkE/cSAOQQZ0ciEOIBNBcEkEQCAOIAlBDHRyIQkgB0EDagwBCyAJQRJ0QYCA8ABxIActAANBP3EgDkEGdHJyIglBgIDEAEYNASAHQQRqCyEHIAlB3ABGIAlBIElyDQUgCUH/AGtBIU8NAQwFCwsgBiAQNgLQAyAGQQA2AswDIAYgEDYCyAMgBiAENgLEAyAGQQE6ANgDIAZBLzYCwAMgBkEBOwHkAyAGIBA2AuADIAZBADYC3AMgBkEvNgLUAwNAAkAgBi0A5QMNACAGKALEAyEEIAZB0ARqIAZBwANqEHcCfyAGKALQBEEBRgRAIAYoAtwDIQcgBiAGKALYBDYC3AMgBCAHaiEJIAYoAtQEIAdrDAELIAYtAOUDDQEgBkEBOgDlAwJAIAYtAOQDQQFGBEAgBigC4AMhBCAGKALcAyEHDAELIAYoAuADIgQgBigC3AMiB0YNAgsgBigCxAMgB2ohCSAEIAdrCyIERQ0FIAkgBEH518AAQQEQ2QINBSAJIARB+tfAAEECENkCRQ0BDAULCyAKKAJYIQ4gCigCVCESAkAgFEUNACAUIBEgEiAOEKcCwEEASA0AQTAhCEGE1sAAIQMMBAsgBkHAA2ogCkEQaiAGQZACahBGIAYtAMADIgRBC0cEQCAGIAYtAMMDOgC+BSAGIAYvAMEDOwG8BSAGKALEAyEDIAYoAsgDIQggBikCzAMhGCAEIQIMBAtBwgAhCEHC1cAAIQMgCigCACIHIAooAggiBEcNAyAHBEAgCigCBEUNBAsgBARAIAooAgxFDQQLIAooAmQiBEEQSwRAQSIhCEGg1cAAIQMMAwsgBEEwbCEJIAooAmAhB0EAIQQDQAJAIAkEQEE3IQhB6dTAACEDIAQgBygCKCIETw0GIAcoAixFDQYgBkHAA2ogByAGQZACahBGIAYtAMADIhFBC0YNASAGIAYtAMMDOgC+BSAGIAYvAMEDOwG8BSAGKALEAyEDIAYoAsgDIQggBikCzAMhGCARIQIMBgsgEiEUIA4hESAKKAI4QYCAgIB4Rg0CIAZBwANqIAooAjwgCigCQBB5IAYtAMADIgJBC0cEQCAGIAYtAMMDOgC+BSAGIAYvAMEDOwG8BSAGKALEAyEDIAYoAsgDIQggBikCzAMhGAwGCyAKKAJMQdgqTQ0CQR0hCEHM1MAAIQMMBAsgB0EwaiEHIAlBMGshCQwACwALAAsQtwMAC0EIIQILIAYoApACIQQgBigClAIhBSMAQRBrIgckACAFBEAgB0EEakEQQQggBUEBahCjASAHKAIEGiAEIAcoAgxrIAcoAggQhgMLIAdBEGokACACQQtGDQELIAYgBi0AvgU6AO4BIAYgBi8BvAU7AewBIAZB+ARqEPMCDAELIBkhGCAAIQggASEDQQshAgsgBkGgA2oQhAEgBigCoAMgBigCpAMQqgMgAkELRg0BCyAGIAI6AMADIAYgBi8B7AE7AMEDIAYgBi0A7gE6AMMDIAYgGDcCzAMgBiAINgLIAyAGIAM2AsQDIAZBwANqIgAQnQEhByAAENQCDAELIANBgICAgHhHDQIgCCEHCyAGQcwBahCuAgsgBkH0AGoQ5QJBASEIDAMLQQRByAAQ6gIiByAYNwIQIAcgCDYCDCAHIAM2AgggB0KBgICAEDcCACAHIAYpAcwBNwAYIAcgBikB1AE3ACAgByAGKQHcATcAKCAHIAYpAeQBNwAwIAcgFikCADcCOCAHIBYpAgg3AkAgBkH0AGoQ5QJBACEIDAILIAZBxANqCyIAKAIQNgKgAiAGIAApAgg3A5gCIAYgACkCADcDkAIgBkGQAmoiABCdASEHIAAQ1AJBASEIIAJBgICAgHhGDQAgAiADEKoDCyAMIBUQhgMgDSALEIYDQQEhAiAIRQRAQQRBEBDqAiIAIAc2AgwgAEEANgIIIABCgYCAgBA3AgAgAEEIaiEHQQAhAgsgDyACNgIIIA8gB0EAIAIbNgIEIA9BACAHIAIbNgIAIAZBwAVqJAAgDygCACAPKAIEIA8oAgggD0EQaiQAC/sJAg9/An4jAEEQayIHJAAjAEGQAWsiBCQAIARBMGogABCoASAEQRhqIAEgAhClAyAEQQA2AjwgBCAEKAIcIgw2AkQgBCAEKAIYIg02AkACQAJ/AkAgBCgCMCIABEAgBCgCOCEOIAQoAjQhDyAEQRBqIAAoAgAiAEEMaigCACAAQRBqKAIAIA0gDBB0IAQoAhQhBiAEKAIQQQFGBEAgBEGAgICAeDYCJCAEIAY2AigMBAsgBigCBCECIAYoAgAhCiADRQ0BIAYoAmRBMGwhASAGKAJgQShqIQAgCiACIANNcQNAIAAhBSABRQ0CIAFBMGshASAAQTBqIQAgBSgCACIIIANJDQALDQFBASEKIAghAkEBIQMgBUEoayIBQSxqDAILIARBCGogBEE8ahCgAiAEKAIIIQEgBCgCDCECIAQgBEEwahCoAiAEKAIAIgAgASAAGyIBQQEgARsgBCgCBCACIAAbQQAgARsQugMACyAGQRBqIQEgBigCCCEDQQAhCCAGQQxqCygCACELIAQgASkACDcDcCAEIAEpAAA3A2ggBEHIAGoiBSAEQegAaiIAEJkBIAEoAiAhECABKAIcIREgASkDECEUIAQoAkggBCgCTCEGIAQoAlAhCSAFEJgCIAQgBTYCVCAAIARB1ABqEPIBIAQoAmghAQJAAkACQCAELQBsIgVBA0YNACAEIAU6AFwgBCABNgJYIARB2ABqIgVBzNLAAEECIAYgCRDHASIBDQAgBUGkosAAQQcQugEiAQ0AIAAgBCgCWCIJKAIAEJ8DIAAQ3QIiAQ0AIAggCSgCABD3ASIBDQAgBEEEOgBoIAAQ3QIiAQ0AIAVBztLAAEEDELoBIgENACAAIAQoAlgiCCgCABCfAyAAEN0CIgENAEEUIQEgFCETA0AgE0LnB1gEQCATQgpaBEAgAUECayIBIARB6ABqaiATpyIAQfsobEETdiIFQZz///8HbCAAakEBdC8ByJJBOwAAIAWtIRMLIBRQRSATUHFFBEAgAUEBayIBIARB6ABqaiATp0EwcjoAAAsgCCgCACAEQegAaiIAIAFqQRQgAWsQlwIgBEEEOgBgIARB4ABqEN0CIgENAiAEQQQ6AGggABDdAiIBDQIgBEHYAGoiAEHR0sAAIBEgEBDGASIBDQIgAEHG0cAAQQUgCiACEJ8BIgENAiAAQcvRwABBBiADIAsQnwEiAQ0CIAQoAlgoAgAgBC0AXBD6ASIBDQIgBCgCTCEBIAQoAkgiAEGAgICAeEYNAyAEIAQoAlA2AiwgBCABNgIoIAQgADYCJAwEBSAEQegAaiABaiIAQQRrIBMgE0KQzgCAIhNCkM4Afn2nIgVB+yhsQRN2IglBAXQvAciSQTsAACAAQQJrIAlBnP///wdsIAVqQQF0LwHIkkE7AAAgAUEEayEBDAELAAsACyAEKAJIIAQoAkwQqgMLQd6dwABBCUGSpMAAQRQQ2wEhACABELgBIARBgICAgHg2AiQgBCAANgIoCyAGEKoDCyANIAwQhgMgDyAOEIcDIARB6ABqIARBJGoQ2AEgBCgCbCEBIAcCfyAEKAJoBEBBACEAQQAhA0EBDAELIAQoAnAhAyABIQBBACEBQQALNgIMIAcgATYCCCAHIAM2AgQgByAANgIAIARBkAFqJAAgBygCACAHKAIEIAcoAgggBygCDCAHQRBqJAALuQIBCH8jAEEQayIGJAAgBkEIaiEFIwBBEGsiAyQAIABBpcrAAEEBEJcCAkADQEEAIQQCQANAIAIgBEYEQCACBEAgACABIAIQlwILIABBpcrAAEEBEJcCIAVBBDoAACADQRBqJAAMBAsgAyABIAIgBEGEysAAEJYCIAMoAgwiCUUNASAEQQFqIQQgAygCCCIKLQAAIgctAM/jQCIIRQ0ACyADKAIEIgEEQCAAIAMoAgAgARCXAgsgCUEBayECIApBAWohASAIQfUARgRAIANB3OrBgQM2AAAgAyAHQQ9xLQDP5UA6AAUgAyAHQQR2LQDP5UA6AAQgACADQQYQlwIMAgsgAyAIOgABIANB3AA6AAAgACADQQIQlwIMAQsLIAVBBDoAAEGUysAAELEDAAsgBRDdAiAGQRBqJAALKAAgACACIAEgAyABIANJGxDrASIAIAEgA2sgABsiAEEASiAAQQBIawszAQJ/IAEoAgghAyABKAIEIQIgASgCAARAIAIgAxCHA0EAIQILIAAgAzYCBCAAIAI2AgALKgAgASADTQRAIAAgAyABazYCBCAAIAEgAmo2AgAPCyABIAMgAyAEEGUACzMBAn8gACgCACEBIAAoAgQhAgNAIAEgAkZFBEAgAUEAOgAAIAAgAUEBaiIBNgIADAELCwsvAQJ/IwBBEGsiACQAIABBCGoQfiAAKAIIIgEgACgCDBCmAyAAQRBqJAAgAUEARwsvAQJ+IAAgACkDQCIDIAKtfCIENwNAIAAgACkDSCADIARWrXw3A0ggACABIAIQLAuSDAESfyMAQRBrIggkACMAQbABayIDJAAgA0HQAGogABCoASADQThqIAEgAhClAyADQQA2AlwgAyADKAI8Ig42AmQgAyADKAI4Ig82AmACQAJAIAMoAlAiAARAIAMoAlghECADKAJUIANBMGogACgCACIAQQxqKAIAIABBEGooAgAgDyAOEHQgAygCNCEGAkAgAygCMEEBRgRAIANBgICAgHg2AkQgAyAGNgJIDAELIAYoAmAhCiAGKAI4IRIgBigCDCETIAYoAgghFCAGKAIEIQkgBigCACELIAYoAlghDCAGKAJUIQ0gA0EoaiAGKAJkIgVBBEEEEOMBIANBADYCiAEgAyADKAIsIgE2AoQBIAMgAygCKCICNgKAAQJAAkAgAiAFSQRAIANBIGogA0GAAWpBACAFQQRBBBBcIAMoAiAiAEGBgICAeEcNBSADKAKEASEBIAMoAogBIQcMAQsgBUUNAQsgBSAHaiAKQShqIQIgASAHQQJ0aiEEA0AgBCACKAIANgIAIAJBMGohAiAEQQRqIQQgBUEBayIFDQALIAMoAoABIQIhBwsgA0HoAGoiABCYAiADIAA2AnQgA0GAAWoiCiADQfQAahDyASADKAKAASEEAkACQAJAAkACQCADLQCEASIAQQNGDQAgAyAAOgB8IAMgBDYCeCADQfgAaiIAQcLRwAAgDSAMEMYBIgQNACAAQcbRwABBBSALIAkQnwEiBA0AIABBy9HAAEEGIBQgExCfASIEDQAgAEHZ0cAAQQsQugEiBA0AIAogAygCeCIFKAIAELgDIAoQ3QIiBA0AAkAgEkGAgICAeEcEQCAFKAIAQabKwABBARCXAiADQQQ6AIABIAoQ3QIiACAFIAAbIQQgAA0BIANBAToArAEgAyAENgKoASADQagBaiIAQdHSwABBBCAGKAI8IAYoAkAQxwEiBA0BIABB8NLAAEEEIAYoAkggBigCTBDHASIEDQEgAy0ArAFFBEBBACEEDAILIAMoAqgBKAIAQaTKwABBARCXAiADQQQ6AIABIANBgAFqEN0CIQQMAQsgBSgCAEG4+cAAQQQQlwIgA0EEOgCAASADQYABahDdAiEECyAEDQAgA0EEOgCAASADQYABaiIAEN0CIgQNACADQfgAakHR0cAAQQgQugEiBA0AIAAgAygCeCIJKAIAELgDIAAQ3QIiBA0AIAkoAgAiC0GOtsAAQQEQlwIgA0EEOgCAASAAEN0CIgQNACAHRQRAIAAgCSgCABC5AyAAEN0CIgQNAQsgB0EARyEMIAdBAnQhBSAHRSEHIAEhAANAIAUEQCAMRQRAIAtBp8rAAEEBEJcCCyADQQQ6AIABIANBgAFqIg0Q3QIiBA0CIANBGGogDSAAKAIAEH0gCyADKAIYIAMoAhwQlwIgA0EEOgCoASADQagBahDdAiIEDQIgAEEEaiEAIANBBDoAgAEgBUEEayEFQQAhB0EAIQwgDRDdAiIERQ0BDAILCyAHQQFxRQRAIANBgAFqIgAgCSgCABC5AyAAEN0CIgQNAQsgA0EEOgCAASADQYABahDdAiIEDQAgCSgCACADLQB8EPoBIgRFDQELIAMoAmggAygCbBCqAwwBCyADKAJsIQQgAygCaCIAQYCAgIB4Rw0BC0HencAAQQlB/6PAAEETENsBIQAgBBC4ASADQYCAgIB4NgJEIAMgADYCSAwBCyADIAMoAnA2AkwgAyAENgJIIAMgADYCRAsgAiABQQRBBBDOAQsgDyAOEIYDIBAQhwMgA0GAAWogA0HEAGoQ2AEgAygChAEhAiAIAn8gAygCgAEEQEEAIQVBACEAQQEMAQsgAygCiAEhACACIQVBACECQQALNgIMIAggAjYCCCAIIAA2AgQgCCAFNgIAIANBsAFqJAAMAgsgA0EQaiADQdwAahCgAiADKAIQIQEgAygCFCEAIANBCGogA0HQAGoQqAIgAygCCCICIAEgAhsiAUEBIAEbIAMoAgwgACACG0EAIAEbELoDAAsgAygCJBogABDyAgALIAgoAgAgCCgCBCAIKAIIIAgoAgwgCEEQaiQACy0BAX8jAEEQayIBJAAgASAANgIIIAEgAEEgajYCDCABQQhqEKoCIAFBEGokAAsOACAAQoCAgIDgARDPAwsOACAAQoCAgIDQAhDPAwswAQF/IAAoAggiAiAAKAIARgRAIAAQwAELIAAgAkEBajYCCCAAKAIEIAJqIAE6AAALKQAgAUECdCEBA0AgAQRAIAAoAgAQ1wEgAUEEayEBIABBBGohAAwBCwsLkxsCDn8BfiMAQRBrIgskACMAQZABayICJAAgAkEYaiAAIAEQpQMgAkE4aiACKAIYIg4gAigCHCIPEEACQAJAAkACQAJAIAIoAjgiAEGAgICAeEYEQCACIAJBPGoiASgCEDYCaCACIAEpAgg3A2AgAiABKQIANwNYIAJB2ABqEJ0BIQAgARDUAiACIAA2AiQgAkGAgICAeDYCIAwBCyACIAIpAkQ3A1ggAiACKQJMNwNgIAIoAlQhCCACIAIpAjw3AjAgAiAANgIsAkACQAJAIAggD00EQCACQThqIAhBA24iAUECdCIAQQRqIAAgCCABQQNsayIJGyIHQQFBAUEBEJUBIAIoAjwhDCACKAI4QQFGDQEgAigCQCEBIAhBG0kNAyAIQRprIgBBACAAIAhNGyEKQQAhAAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAA0AgBUEaaiIGIAhLDSIgAkEQaiAAIABBIGoiBiABIAdBwKrAABCVAiACKAIUIgMEQCACKAIQIgQgBSAOaiINKQAAIhBCOIYgEEKA/gODQiiGhCAQQoCA/AeDQhiGIBBCgICA+A+DQgiGhIQgEEIIiEKAgID4D4MgEEIYiEKAgPwHg4QgEEIoiEKA/gODIBBCOIiEhIQiEEI6iKctAPudQDoAACADQQFGDQIgBCAQQjSIp0E/cS0A+51AOgABIANBAk0NAyAEIBBCLoinQT9xLQD7nUA6AAIgA0EDRg0EIAQgEEIoiKdBP3EtAPudQDoAAyADQQRNDQUgBCAQQiKIp0E/cS0A+51AOgAEIANBBUYNBiAEIBBCHIinQT9xLQD7nUA6AAUgA0EGTQ0HIAQgEKciAEEWdkE/cS0A+51AOgAGIANBB0YNCCAEIABBEHZBP3EtAPudQDoAByADQQhNDQkgBCANQQZqKQAAIhBCOIYgEEKA/gODQiiGhCAQQoCA/AeDQhiGIBBCgICA+A+DQgiGhIQgEEIIiEKAgID4D4MgEEIYiEKAgPwHg4QgEEIoiEKA/gODIBBCOIiEhIQiEEI6iKctAPudQDoACCADQQlGDQogBCAQQjSIp0E/cS0A+51AOgAJIANBCk0NCyAEIBBCLoinQT9xLQD7nUA6AAogA0ELRg0MIAQgEEIoiKdBP3EtAPudQDoACyADQQxNDQ0gBCAQQiKIp0E/cS0A+51AOgAMIANBDUYNDiAEIBBCHIinQT9xLQD7nUA6AA0gA0EOTQ0PIAQgEKciAEEWdkE/cS0A+51AOgAOIANBD0YNECAEIABBEHZBP3EtAPudQDoADyADQRBNDREgBCANQQxqKQAAIhBCOIYgEEKA/gODQiiGhCAQQoCA/AeDQhiGIBBCgICA+A+DQgiGhIQgEEIIiEKAgID4D4MgEEIYiEKAgPwHg4QgEEIoiEKA/gODIBBCOIiEhIQiEEI6iKctAPudQDoAECADQRFGDRIgBCAQQjSIp0E/cS0A+51AOgARIANBEk0NEyAEIBBCLoinQT9xLQD7nUA6ABIgA0ETRg0UIAQgEEIoiKdBP3EtAPudQDoAEyADQRRNDRUgBCAQQiKIp0E/cS0A+51AOgAUIANBFUYNFiAEIBBCHIinQT9xLQD7nUA6ABUgA0EWTQ0XIAQgEKciAEEWdkE/cS0A+51AOgAWIANBF0YNGCAEIABBEHZBP3EtAPudQDoAFyADQRhNDRkgBCANQRJqKQAAIhBCOIYgEEKA/gODQiiGhCAQQoCA/AeDQhiGIBBCgICA+A+DQgiGhIQgEEIIiEKAgID4D4MgEEIYiEKAgPwHg4QgEEIoiEKA/gODIBBCOIiEhIQiEEI6iKctAPudQDoAGCADQRlGDRogBCAQQjSIp0E/cS0A+51AOgAZIANBGk0NGyAEIBBCLoinQT9xLQD7nUA6ABogA0EbRg0cIAQgEEIoiKdBP3EtAPudQDoAGyADQRxNDR0gBCAQQiKIp0E/cS0A+51AOgAcIANBHUYNHiAEIBBCHIinQT9xLQD7nUA6AB0gA0EeTQ0fIAQgEKciAEEWdkE/cS0A+51AOgAeIANBH0YNICAEIABBEHZBP3EtAPudQDoAHyAGIQAgBUEYaiIFIApLDSQMAQsLQQBBAEHQqsAAEOYBAAtBAUEBQeCqwAAQ5gEAC0ECQQJB8KrAABDmAQALQQNBA0GAq8AAEOYBAAtBBEEEQZCrwAAQ5gEAC0EFQQVBoKvAABDmAQALQQZBBkGwq8AAEOYBAAtBB0EHQcCrwAAQ5gEAC0EIQQhB0KvAABDmAQALQQlBCUHgq8AAEOYBAAtBCkEKQfCrwAAQ5gEAC0ELQQtBgKzAABDmAQALQQxBDEGQrMAAEOYBAAtBDUENQaCswAAQ5gEAC0EOQQ5BsKzAABDmAQALQQ9BD0HArMAAEOYBAAtBEEEQQdCswAAQ5gEAC0ERQRFB4KzAABDmAQALQRJBEkHwrMAAEOYBAAtBE0ETQYCtwAAQ5gEAC0EUQRRBkK3AABDmAQALQRVBFUGgrcAAEOYBAAtBFkEWQbCtwAAQ5gEAC0EXQRdBwK3AABDmAQALQRhBGEHQrcAAEOYBAAtBGUEZQeCtwAAQ5gEAC0EaQRpB8K3AABDmAQALQRtBG0GArsAAEOYBAAtBHEEcQZCuwAAQ5gEAC0EdQR1BoK7AABDmAQALQR5BHkGwrsAAEOYBAAtBH0EfQcCuwAAQ5gEAC0EAIAggD0HoncAAEGUACyACKAJAGiAMEPICAAsgBSAGIAhBsKrAABBlAAsgCCAJayEDAkACQAJAAkACQAJAAkACQAJAA0ACQAJAAkAgAyAFTQRAIAlBAWsOAgIBDQsgBUEDaiIAIAhNDQIgBSAAIAhB0KnAABBlAAsgBiAHTw0DIAEgBmogAyAOaiIFLQAAIgBBAnYtAPudQDoAACAGQQFqIgogB08NBCABIApqIABBBHQgBS0AASIFQQR2ckE/cUH7ncAAai0AADoAACAGQQJqIgAgB08NBSAFQQJ0QTxxIQVBAyEJDAoLIAYgB08NBUECIQkgASAGaiADIA5qLQAAIgVBAnYtAPudQDoAACAHIAZBAWoiAEsEQCAFQQR0QTBxIQUMCgsgACAHQcCpwAAQ5gEACyACQQhqIAYgBkEEaiIGIAEgB0HgqcAAEJUCIAIoAgwiBEUNBSACKAIIIg0gBSAOaiIKLQAAIgVBAnYtAPudQDoAACAEQQFGDQYgDSAFQQR0IApBAWotAAAiBUEEdnJBP3FB+53AAGotAAA6AAEgBEEDSQ0HIA0gBUECdCAKQQJqLQAAIgVBBnZyQT9xQfudwABqLQAAOgACIARBA0cEQCANIAVBP3EtAPudQDoAAyAAIQUMAQsLQQNBA0GgqsAAEOYBAAsgBiAHQYCpwAAQ5gEACyAKIAdBkKnAABDmAQALIAAgB0GgqcAAEOYBAAsgBiAHQbCpwAAQ5gEAC0EAQQBB8KnAABDmAQALQQFBAUGAqsAAEOYBAAtBAkECQZCqwAAQ5gEACyAAIAFqIAUtAPudQDoAACAGIAlqIQYLIAYgB0sNASAHIAZrIQpBACAGa0EDcSIFIQkgBiEAAkADQCAJRQ0BIAAgB0cEQCAAIAFqQT06AAAgCUEBayEJIABBAWohAAwBCwsgCiAKQfCowAAQ5gEACyAFIAZBf3NLDQIgAkE4aiABIAcQQgJAIAIoAjhFBEAgB60hECABIQcMAQsgAikCPCEQIAxBgICAgHhHDQQgASEMCyACQcQAaiACQdgAahCZASACIBCnIgU2AkAgAiAMrSAHrUIghoQ3AzggAkHwAGoiABCYAiACIAA2AnwgAkGIAWogAkH8AGoQ8gEgAigCiAEhAAJAAkACQAJAAkAgAi0AjAEiAUEDRg0AIAIgAToAhAEgAiAANgKAASACQYABaiIBQbugwABBBSAHIAUQxwEiAA0AIAFBwKDAAEEJIAIoAkgiCSACKAJMEMcBIgANACACKAKAASgCACACLQCEARD6ASIARQ0BCyACKAJwIAIoAnQQqgMMAQsgAigCdCEAIAIoAnAiAUGAgICAeEcNAQtB3p3AAEEJQcmgwABBHhDbASEBIAAQuAEgAkGAgICAeDYCICACIAE2AiQgAigCSCEJIAIoAjwhByACKAI4IQwMAQsgAiACKAJ4NgIoIAIgADYCJCACIAE2AiALIAwgBxCqAyACKAJEIAkQqgMgAkEsahDxAgsgDiAPEIYDIAJBOGogAkEgahDYASACKAI8IQAgCwJ/IAIoAjgEQEEAIQVBACEGQQEMAQsgAigCQCEGIAAhBUEAIQBBAAs2AgwgCyAANgIIIAsgBjYCBCALIAU2AgAgAkGQAWokAAwDCyAGIAcgB0GIpcAAEGUACyMAQRBrIgAkACAAQSo2AgQgAEGYpcAANgIAIAAgAK1CgICAgLABhDcDCEGah8AAIABBCGpBxKXAABCMAgALIAIgEDcCRCACIAw2AjggAiABrSAHrUIghoQ3AjxB1KXAAEEMIAJBOGpB+KTAAEHgpcAAENABAAsgCygCACALKAIEIAsoAgggCygCDCALQRBqJAALPQEBfyAAIQECQAJAAkAgAC0AmAUOBAECAgACCyAAQcgCaiEBCyABEPkBIAAoApAFEJ0DIAAoApQFEJ0DCwstAQJ/IAEoAgAiAgRAIAAgAhECAAsgASgCBCICBEAgASgCCCEDIAAgAhDRAQsLAwAACw4AIAAgAUHAyMAAENADCw4AIAAgAUGQyMAAENADCyoAIAEoAgBFBEAgAUF/NgIAIAAgATYCBCAAIAFBBGo2AgAPCyACEK8CAAtnACABIANGBEAgAQRAIAAgAiAB/AoAAAsPCyMAQSBrIgAkACAAIAM2AgggACABNgIMIAAgAEEMaq1CgICAgIAChDcDGCAAIABBCGqtQoCAgICAAoQ3AxBB/5nAACAAQRBqIAQQjAIACysAIAAEQCAAIAIgAyABKAIQEQQADwsgAxCdAyACEJ0DQYTHwABBMhC6AwALAwAACwMAAAsDAAALAwAACwMAAAsDAAALAwAACyYBAX8gAC0AFCAAQQE6ABQgAEEIayEARQRAIAAQyQMPCyAAEOgCCy0AIAAoAlAgACgCVBCqAyAAKAIoIAAoAiwQqgMgAEHcAGoQ6gEgAEE4ahCTAwsxAQF/IwBBEGsiAyQAIAMgACABEGEiACACJgEgABDTASADKAIAIAMoAgQgA0EQaiQACy0BAX5B0JjBACkDACEBQdCYwQBCADcDACAAIAFCIIg+AgQgACABp0EBRjYCAAspAQF/IwBBgAFrIgIkACACIAFBgAH8CgAAIAAgAkEBECwgAkGAAWokAAsnAQF/IwBBQGoiAiQAIAIgAUHAAPwKAAAgACACQQEQLSACQUBrJAALIAADQCABBEAgAUEBayEBIAAQxAIgAEHoAGohAAwBCwsLGwEBfyMAQRBrIgEgAEEARzYCDEEAIAEoAgxrCyMBAX8gAEGECEkgAEGACE9xBH8gAAUQYSIBIAAlASYBIAELCygBAX8gACgCACIBBEAgASAAKAIEELUCIAAoAgwgACgCCCgCDBECAAsLJAAgAARAIAAgAiABKAIQEQEADwsgAhCdA0GEx8AAQTIQugMACycBAX8gARCiASICBEAgAEGAgICAeDYCGCAAIAI2AgAPCyAAIAEQNwsnAQF/IAEQogEiAgRAIABBgICAgHg2AgAgACACNgIEDwsgACABEG4LJAEBfyABEKIBIgIEQCAAQQI2AgAgACACNgIEDwsgACABEJcBC8AFAQl/IwBBEGsiByQAIwBB4ABrIgEkACABQTxqIAAQqAECQAJAIAEoAjwiAARAIAAoAgAiACgCDCEFIAFBKGogACgCECIDQQRBDBDjASABQQA2AlAgASABKAIsIgY2AkwgASABKAIoIgA2AkgCQAJAIAAgA0kEQCABQSBqIAFByABqQQAgA0EMEJYBIAEoAiAiAEGBgICAeEYEQCABKAJQIQIgASgCTCEGDAILIAEoAiQaIAAQ8gIACyADRQ0BCyACIANqIAVB2ABqIQQgBiACQQxsaiECA0AgAUHUAGogBEEEaygCACAEKAIAEPABIAIgASgCXDYCCCACIAEpAlQ3AgAgBEHoAGohBCACQQxqIQIgA0EBayIDDQALIQILIAEgASkCSDcDMCABIAI2AjggASgCQCABKAJEEIcDIAEoAjgiBiABKAIwSQRAIAFBGGogAUEwaiAGQQwQigEgASgCGCIAQYGAgIB4Rw0CIAEoAjghBgsgBkEMbCECIAEoAjQiACEEIAAhAwNAIAIEQCAEKAIAIAQoAgQiCSAEKAIIEIMDIQUgCUEBQQEQwQEgAyAFNgIAIAJBDGshAiADQQRqIQMgBEEMaiEEDAELCxCtAyABIAZBA2w2AlQgASAANgJYIAEgAyAAa0ECdjYCXBCtAyMAQRBrIgUkAAJAAkAgAUEQaiIDIAFB1ABqIgIoAggiACACKAIASQR/IAVBCGogAiAAQQQQigEgBSgCCCIAQYGAgIB4Rw0BIAIoAggFIAALNgIEIAMgAigCBDYCACAFQRBqJAAMAQsgBSgCDBogABDyAgALIAcgASkDEDcCACABQeAAaiQADAILIAFBCGogAUE8ahCoAiABKAIIIgBBASAAGyABKAIMQQAgABsQugMACyABKAIcGiAAEPICAAsgBygCACAHKAIEIAdBEGokAAuyAQEDfyMAQRBrIgIkACMAQUBqIgEkACABQSRqIgMgABCoASABKAIkIgBFBEAgAUEIaiADEKgCIAEoAggiAEEBIAAbIAEoAgxBACAAGxC6AwALIAEgACgCACIAKQA4NwMwIAEgACkAQDcDOCABQRhqIgAgAUEwahCZASABKAIoIAEoAiwQhwMgAUEQaiAAEIQCIAIgASkDEDcCACABQUBrJAAgAigCACACKAIEIAJBEGokAAsgACABQQFGBEAgAhCdAwsgACACNgIEIAAgAUEBczYCAAshACAALQAAQQVrQf8BcUEBTQRAIAAoAgQgACgCCBCqAwsLHAAgAUEETwRAIAFBBCACEOYBAAsgACABQQR0agsgACACIAFBEBDrASEBIAAgAzYCBCAAQQAgAiABGzYCAAseACACBEAgAiABEOsCIQELIAAgAjYCBCAAIAE2AgALGQAgACgCDARAIAAPCyABIAAQ+AEgABDDAwsZAQF/IAEgA0YEfyAAIAIgARDrAQVBAQtFCxkBAX8gASADTwR/IAIgACADEOsBBUEBC0ULHAAgACkDACAAQQhqKQMAIAEgAkEEdGtBEGsQVwvhAQEDfxBhIgUgAyYBIAUhBiMAQTBrIgUkACAFQRhqIgcgABCoASAFQRBqIAEgAhClAyAFQQA2AiQgBSAFKAIUIgA2AiwgBSAFKAIQIgE2AiggBSgCGCICRQRAIAYQnQMgBUEIaiAFQSRqEKACIAUoAgghASAFKAIMIQIgBSAHEKgCIAUoAgAiACABIAAbIgFBASABGyAFKAIEIAIgABtBACABGxC6AwALIAIoAgAgASAAIAYgBEEARxCRASECIAEgABCGAyAFKAIcIAUoAiAQhwMgBUEwaiQAIAIlASACENcBCzMBAX4gAC0AAEEERwR/IAApAgAhARCbAiIAQgA3AgwgACABNwIEIABBATYCACAABUEACwsdACAAEJ4CIgBC//8AgyAAQg6IQpCAAX58QsgAfAsiACAALQAARQRAIAFB4sXAAEEFEDwPCyABQefFwABBBBA8CxkAIAFBEE8EQCABQRAgAhDmAQALIAAgAWoL/gEBA38QYSIEIAMmASAEIQUjAEFAaiIEJAAgBEEoaiIGIAAQqAEgBEEgaiABIAIQpQMgBEEANgI0IAQgBCgCJCIANgI8IAQgBCgCICIBNgI4IAQoAigiAkUEQCAFEJ0DIARBEGogBEE0ahCgAiAEKAIQIQEgBCgCFCECIARBCGogBhCoAiAEKAIIIgAgASAAGyIBQQEgARsgBCgCDCACIAAbQQAgARsQugMACyAEQRhqEH4gBCgCHCEGIAIoAgAgASAAIAUgBCgCGCIFQQBHEJEBIQIgBSAGEKYDIAEgABCGAyAEKAIsIAQoAjAQhwMgBEFAayQAIAIlASACENcBCx0AIAAgARBhIgAgAiYBIAAQYSIAIAMmASAAELsCC2wBAX8gACAAKAIAQQFrIgE2AgAgAUUEQCAAKAIYIABBHGooAgAQngMgACgCICIBBEAgACgCJCABKAIMEQIACyAAQQxqEOwCAkAgAEF/Rg0AIAAgACgCBEEBayIBNgIEIAENACAAQSgQ0QELCwtFAQF/IAAgACgCAEEBayIBNgIAIAFFBEAgACgCDBDmAgJAIABBf0YNACAAIAAoAgRBAWsiATYCBCABDQAgAEEQENEBCwsLIQAgABDxAiAAKAIMIAAoAhAQqgMgACgCGCAAKAIcEKoDC2gBAX8gACAAKAIAQQFrIgE2AgAgAUUEQCAAQRhqEK4CIABBDGoiASgCACAAQRBqKAIAEMkCIAAoAgggASgCABCrAwJAIABBf0YNACAAIAAoAgRBAWsiATYCBCABDQAgAEHIABDRAQsLC/ABAQV/IAAgACgCAEEBayIBNgIAIAFFBEBBACEBAkAgACgCGCICRQ0AIAAoAgwiASAAKAIUIgMgAUEAIAEgA00bayIDayIEIAJJBEAgAiAEayEFDAELIAIgA2ohAQsgAEEQaigCACICIANBAnRqIQQgASADayEBA0AgAQRAIAQoAgAQ6AIgAUEBayEBIARBBGohBAwBBQNAIAUEQCACKAIAEOgCIAVBAWshBSACQQRqIQIMAQsLIAAoAgwgAEEQaigCAEEEQQQQwQECQCAAQX9GDQAgACAAKAIEQQFrIgE2AgQgAQ0AIABBIBDRAQsLCwsLRQEBfyAAIAAoAgBBAWsiATYCACABRQRAIABBDGoQzAICQCAAQX9GDQAgACAAKAIEQQFrIgE2AgQgAQ0AIABBIBDRAQsLC1gBAn8gACAAKAIAQQFrIgE2AgAgAUUEQCAAQRBqKAIAIQEgACgCDCICBEAgAiABELUCCwJAIABBf0YNACAAIAAoAgRBAWsiATYCBCABDQAgAEEYENEBCwsLFwEBfyABIAAQ6wIiAkUEQBC3AwALIAILFQAgAUEJTwRAIAEgABBYDwsgABAvCxoAIAAoAgAEQCAAKAIEEL0DIAAoAggQvQMLCxgAIAAgACkDICACrXw3AyAgACABIAIQLQsYAQJ/IAAoAgAiAQRAIAAoAgQgARDRAQsLGgEBbyAAJQEgASACEA0hAxBhIgAgAyYBIAALGgEBbyAAJQEgASACEBkhAxBhIgAgAyYBIAALSgEDfyAAKAIEIgMhASAAKAIIIQIDQCACBEAgASgCACABQQRqKAIAEKoDIAJBAWshAiABQSBqIQEMAQsLIAAoAgAgA0EEQSAQzgELDwAgAARAELcDAAsQrgMACx0BAX8gACgCBCIBIAAoAggQyQIgACgCACABEKsDCxQBAX8gABAvIgFFBEAQtwMACyABCxwAIAAoAgAgACgCBBCqAyAAKAIMIAAoAhAQqgMLHAAgASgCACAAKAIAIAAoAgQgASgCBCgCDBEAAAsZACACIAEQ6wIhASAAIAI2AgQgACABNgIACxQAIAApAwBQRQRAIABBCGoQ+QELCxIAIAAoAgAEQCAAQQRqENQCCwsSACAAIAFBAXRBAXIgAhCMAgALFwEBfyAAEB4iATYCBCAAIAFBAEc2AgALFwEBfyAAEB8iATYCBCAAIAFBAEc2AgALFwEBfyAAECAiATYCBCAAIAFBAEc2AgALFwEBfyAAECEiATYCBCAAIAFBAEc2AgALFwAgACgCACABIAAoAgRBDGooAgARAQALFgEBbyAAIAEQCyECEGEiACACJgEgAAsWAQFvIAAlARAMIQEQYSIAIAEmASAACxYBAW8gACABECohAhBhIgAgAiYBIAALFgEBbyAAIAEQKyECEGEiACACJgEgAAsZACABKAIAQbDJwABBBSABKAIEKAIMEQAACxEAIAAoAgAiAARAIAAQ4wILCw4AIAEEQCAAIAEQ0QELCxQAIAAgACgCAEEBazYCACABEOQCCxUBAX8jAEEQayIBIAA6AA8gAS0ADwsZACABKAIAQbbjwABBESABKAIEKAIMEQAACxkAIAEoAgBBx+PAAEEIIAEoAgQoAgwRAAALGQAgASgCAEGj4sAAQQMgASgCBCgCDBEAAAsVACABIAAoAgAiACgCBCAAKAIIEDwLGQAgASgCAEG82cAAQRAgASgCBCgCDBEAAAsZACABKAIAQaDiwABBAyABKAIEKAIMEQAACxkAIAEoAgBB0NjAAEEOIAEoAgQoAgwRAAALGQAgASgCAEGG2MAAQQogASgCBCgCDBEAAAsWACAAKAIAQYGAgIB4RwRAIAAQkwMLCxYAIAAoAgBBgICAgHhHBEAgABDqAQsLFgAgACgCAEGAgICAeEcEQCAAEPUCCwsZACABKAIAQfTZwABBEiABKAIEKAIMEQAACxkAIAEoAgBBkNjAAEEMIAEoAgQoAgwRAAALGQAgASgCAEGE2cAAQQ8gASgCBCgCDBEAAAsSACAALQAAQQtHBEAgABDUAgsLFQAgARCEASAAQQA6AAAgAUEANgIICxkAIAEoAgBB4d/AAEERIAEoAgQoAgwRAAALEwBB0JjBACAArUIghkIBhDcDAAsOACABBEAgACABENEBCwsSACABIAJBARCXAiAAQQQ6AAALEAAgAEGECE8EQCAAENcBCwsPACAAQQJHBEAgARCdAwsLFQAgAUGoysAAQQEQlwIgAEEEOgAACxQAIAAoAgAgASAAKAIEKAIMEQEAC7AKAQN/IAAhBkEAIQAjAEHQAGsiBSQAIAUgAzYCCCAFIAI2AgQCfyABQYECTwRAQYACIQACQANAIAAgBmosAABBv39KDQEgAEEBayIADQALQQAhAAsgBSAGNgIMIAUgADYCEEEFQQAgACABSSIHGyEAQdy1wABBASAHGwwBCyAFIAE2AhAgBSAGNgIMQQELIQcgBSAANgIYIAUgBzYCFAJAAkACQAJAAkACQCABIAJPBEAgASADSQ0GIAIgA0sNASACRSABIAJNcg0DIAIgBmosAABBv39KDQMgAiEAAkADQCAAIAZqLAAAQb9/Sg0BIABBAWsiAA0AC0EAIQALA0AgAiAGaiwAAEG/f0oNAyABIAJBAWoiAkcNAAsgASECDAILIAUgBUEUaq1CgICAgLABhDcDOCAFIAVBDGqtQoCAgICwAYQ3AzAgBSAFQQRqrUKAgICAgAKENwMoQd6AwAAgBUEoaiAEEIwCAAsgBSAFQRRqrUKAgICAsAGENwNAIAUgBUEMaq1CgICAgLABhDcDOCAFIAVBCGqtQoCAgICAAoQ3AzAgBSAFQQRqrUKAgICAgAKENwMoQbSAwAAgBUEoaiAEEIwCAAsgBSAANgIcIAUgAjYCIAJAIAAgAksNAAJAIABFDQAgACABTwRAIAAgAUYNAQwCCyAAIAZqLAAAQUBIDQELAkAgASACTQRAIAEgAkcNAgwBCyACIAZqLAAAQb9/TA0BCyAAIAJGDQIgBQJ/IAAgBmoiASwAACIAQQBOBEAgAEH/AXEMAQsgAS0AAUE/cSIDIABBH3EiAkEGdHIgAEFfTQ0AGiABLQACQT9xIANBBnRyIgMgAkEMdHIgAEFwSQ0AGiACQRJ0QYCA8ABxIAEtAANBP3EgA0EGdHJyCzYCJCAFIAVBFGqtQoCAgICwAYQ3A0ggBSAFQQxqrUKAgICAsAGENwNAIAUgBUEcaq1CgICAgLAChDcDOCAFIAVBJGqtQoCAgIDAAoQ3AzAgBSAFQQRqrUKAgICAgAKENwMoQbqBwAAgBUEoaiAEEIwCAAsgBiABIAAgAiAEEKEDAAsgA0UgASADTXINAiADIAZqLAAAQb9/Sg0CIAMhAAJAA0AgACAGaiwAAEG/f0oNASAAQQFrIgANAAtBACEACwJAA0AgAyAGaiwAAEG/f0oNASABIANBAWoiA0cNAAsgASEDCyAFIAA2AhwgBSADNgIgIAAgA0sNAQJAIABFDQAgACABTwRAIAAgAUYNAQwDCyAAIAZqLAAAQUBIDQILAkAgASADTQRAIAEgA0cNAwwBCyADIAZqLAAAQb9/TA0CCyAAIANGDQAgBQJ/IAAgBmoiASwAACIAQQBOBEAgAEH/AXEMAQsgAS0AAUE/cSIDIABBH3EiAkEGdHIgAEFfTQ0AGiABLQACQT9xIANBBnRyIgMgAkEMdHIgAEFwSQ0AGiACQRJ0QYCA8ABxIAEtAANBP3EgA0EGdHJyCzYCJCAFIAVBFGqtQoCAgICwAYQ3A0ggBSAFQQxqrUKAgICAsAGENwNAIAUgBUEcaq1CgICAgLAChDcDOCAFIAVBJGqtQoCAgIDAAoQ3AzAgBSAFQQhqrUKAgICAgAKENwMoQYuCwAAgBUEoaiAEEIwCAAsgBBCxAwALIAYgASAAIAMgBBChAwALIAUgBUEUaq1CgICAgLABhDcDOCAFIAVBDGqtQoCAgICwAYQ3AzAgBSAFQQhqrUKAgICAgAKENwMoQY2BwAAgBUEoaiAEEIwCAAsRACAAQQhrIgAQ1AEgABDpAgsUAgFvAX8QAyEAEGEiASAAJgEgAQsPACAAIAEgAhB1IAAQ+AILEAAgACACNgIEIAAgATYCAAsMACAABEAgARCdAwsLEAAgASAAKAIAIAAoAgQQPAsUAEHFocAAQRNB2KHAAEHMABDbAQsPACAAKAIAIAAoAgQQqgMLDQAgACABQQFBARDOAQsOACAAIAFBCEHoABDOAQsQAEGkxMAAQccAIAAQjAIACw0AQQBBBEEEQQwQwQELEgBBtKfAAEEjQcinwAAQjAIACw8AIABB2KfAACABIAIQRwsPACAAQfS0wAAgASACEEcLDwBB4bXAAEErIAAQ+gIACxMAQY+4wABB3QBBwLjAABCMAgALDwAgACgCAC0AACABEJMBCw0AIAAgASACEJcCQQALDwAgAEGgg8EAIAEgAhBHCw0AIAAlASABJQEQGhoLDQBByJjBAEEBOgAAAAsOACAAIAFBqMrAABCcAwsOACAAIAFB77TAABCcAwsJACAAIAEQKAALCwAgACUBECdBAEcLCwAgACUBECZBAEcLDAAgABDLAyAAEJ0DCw0AIAFBrMbAAEEYEDwLDQAgAUGMxsAAQSAQPAsKACAAQQhrEOgCCwoAIABBCGsQ1AELCgAgAEEIaxDpAgsJACAAQRQQ0QELDAAgACgCACABEKcDCwsAIAAoAgAgARBqCwsAIAAgARDaAUEACwwAIAAgASkCADcDAAsKACAAKAIAEOcCCwoAEJgBIAAQiQELCQAgAEEANgIACwgAIAAlARAICwgAIAAlARAKCwMAAAtjAQF/IwBBMGsiBCQAIAQgAjYCDCAEIAE2AgggBCAAKQMINwMYIAQgACkDADcDECAEQQ82AiwgBEHBADYCJCAEIARBCGo2AiggBCAEQRBqNgIgIAMgBEEgahDoASAEQTBqJAALKAEBfyMAQRBrIgIkACACIAJBD2qtIAGENwMAQZqHwAAgAiAAEIwCAAstAQF/IAFBCGsiAyADKAIAQQFqIgM2AgAgA0UEQAALIAAgATYCBCAAIAI2AgALOgEBfyMAQRBrIgMkACADIAE2AgQgAyAANgIAIANBEjYCDCADIAM2AgggAiADQQhqEOgBIANBEGokAAtAAQF/IAEoAgAhBCABQQA2AgAgBARAIARBCGogAyACEIcBIAQQ4wIgAEEANgIADwsgAhCdA0GQncAAQRwQugMACwuykgEXAEGAgMAAC+UkRnJvbVV0ZjhFcnJvcmJ5dGVzZXJyb3JVdGY4RXJyb3J2YWxpZF91cF90b2Vycm9yX2xlbg1iZWdpbiA+IGVuZCAowAMgPiDAECkgd2hlbiBzbGljaW5nIGDAAWDAABFzdGFydCBieXRlIGluZGV4IMAWIGlzIG91dCBvZiBib3VuZHMgb2YgYMABYMAAD2VuZCBieXRlIGluZGV4IMAWIGlzIG91dCBvZiBib3VuZHMgb2YgYMABYMAAEXN0YXJ0IGJ5dGUgaW5kZXggwCYgaXMgbm90IGEgY2hhciBib3VuZGFyeTsgaXQgaXMgaW5zaWRlIMAIIChieXRlcyDABikgb2YgYMABYMAAD2VuZCBieXRlIGluZGV4IMAmIGlzIG5vdCBhIGNoYXIgYm91bmRhcnk7IGl0IGlzIGluc2lkZSDACCAoYnl0ZXMgwAYpIG9mIGDAAWDAAMAJIG11c3QgYmUgwAwgYnl0ZXMsIGdvdCDAABZzbGljZSBpbmRleCBzdGFydHMgYXQgwA0gYnV0IGVuZHMgYXQgwAAgaW5kZXggb3V0IG9mIGJvdW5kczogdGhlIGxlbiBpcyDAEiBidXQgdGhlIGluZGV4IGlzIMAAEnJhbmdlIHN0YXJ0IGluZGV4IMAiIG91dCBvZiByYW5nZSBmb3Igc2xpY2Ugb2YgbGVuZ3RoIMAAEHJhbmdlIGVuZCBpbmRleCDAIiBvdXQgb2YgcmFuZ2UgZm9yIHNsaWNlIG9mIGxlbmd0aCDAAAdzdHJpbmcgwAAPdW5rbm93biBmaWVsZCBgwAxgLCBleHBlY3RlZCDAAA9pbnZhbGlkIGxlbmd0aCDACywgZXhwZWN0ZWQgwAAPaW52YWxpZCB2YWx1ZTogwAssIGV4cGVjdGVkIMAADmludmFsaWQgdHlwZTogwAssIGV4cGVjdGVkIMAAHnRoZSBidW5kbGUgaGFzIG5vIGltYWdlIG5hbWVkIMAAE2ludmFsaWQgcmVjaXBpZW50OiDAABBhc3NlcnRpb24gYGxlZnQgwBcgcmlnaHRgIGZhaWxlZAogIGxlZnQ6IMAJCiByaWdodDogwAAdaW52YWxpZCBBcmdvbjJpZCBwYXJhbWV0ZXJzOiDAABNpbnZhbGlkIHByaW5jaXBhbDogwAASbWFsZm9ybWVkIGJ1bmRsZTogwAAQbGltaXQgZXhjZWVkZWQ6IMAAwAI6IMAAJnVuc3VwcG9ydGVkIHBhbmVsY3J5cHQgZm9ybWF0IHZlcnNpb24gwBQ7IHVwZ3JhZGUgcGFuZWxjcnlwdAAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL2NlbGwvbGF6eS5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL3NsaWNlL2luZGV4LnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9pbm91dC0wLjIuNi9zcmMvaW5vdXQucnMAY29yZS9zcmMvbWFuaWZlc3QucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvZm10LnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9zaGEyLTAuMTEuMS9zcmMvc2hhMjU2L3NvZnQucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL3NoYTItMC4xMS4xL3NyYy9zaGE1MTIvc29mdC5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvYWVzLTAuOS40L3NyYy9iYWNrZW5kcy9maXhzbGljZS91dGlscy5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2Yvc2VyZGVfanNvbi0xLjAuMTU0L3NyYy9lcnJvci5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2Yvc2VyZGVfanNvbi0xLjAuMTU0L3NyYy9zZXIucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9zdHIvcGF0dGVybi5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvanMtc3lzLTAuMy4xMDcvc3JjL2Z1dHVyZXMvanNwaS5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvY2lwaGVyLTAuNS4yL3NyYy9zdHJlYW0vY29yZV9hcGkucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvc3RyaW5nLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvZnV0dXJlcy9xdWV1ZS5ycwBjb3JlL3NyYy9idW5kbGUucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy91bmljb2RlL3ByaW50YWJsZS5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvYmFzZTY0LTAuMjIuMS9zcmMvZW5jb2RlLnJzAC9ydXN0L2RlcHMvaGFzaGJyb3duLTAuMTYuMS9zcmMvcmF3L21vZC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL2ZtdC9tb2QucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2pzLXN5cy0wLjMuMTA3L3NyYy9mdXR1cmVzL21vZC5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvYmFzZTY0LTAuMjIuMS9zcmMvZW5naW5lL2dlbmVyYWxfcHVycG9zZS9tb2QucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2Jhc2U2NC0wLjIyLjEvc3JjL2VuZ2luZS9tb2QucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL3NlcmRlX2NvcmUtMS4wLjIyOS9zcmMvZGUvbW9kLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3Jhd192ZWMvbW9kLnJzAGNvcmUvc3JjL2NodW5rZWQucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2pzLXN5cy0wLjMuMTA3L3NyYy9mdXR1cmVzL3Rhc2svc2luZ2xldGhyZWFkLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9zZXJkZV9qc29uLTEuMC4xNTQvc3JjL3JlYWQucnMAL3J1c3QvZGVwcy9kbG1hbGxvYy0wLjIuMTEvc3JjL2RsbWFsbG9jLnJzAHdhc20tZGVjb2Rlci9zcmMvbGliLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvbGliLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi91bml2ZXJzYWwtaGFzaC0wLjYuMS9zcmMvbGliLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9ibG9jay1idWZmZXItMC4xMi4xL3NyYy9saWIucnMAEGZsb2F0aW5nIHBvaW50IGDAAWAAAWDABmAgb3IgYMABYAALY2hhcmFjdGVyIGDAAWAACWludGVnZXIgYMABYAAJYm9vbGVhbiBgwAFgAA9taXNzaW5nIGZpZWxkIGDAAWAAEWR1cGxpY2F0ZSBmaWVsZCBgwAFgAAFgwAFgAHBhbmVsY3J5cHQvdjEAJmNvcHlfZnJvbV9zbGljZTogc291cmNlIHNsaWNlIGxlbmd0aCAowCspIGRvZXMgbm90IG1hdGNoIGRlc3RpbmF0aW9uIHNsaWNlIGxlbmd0aCAowAEpAAAnCRAASQAAAAMBAAAPAAAAJwkQAEkAAADaAAAAJwAAAGZpbmlzaDogY2FsbGJhY2tzIHNob3VsZCBiZSBTb21lJwkQAEkAAADbAAAAEQAAAGZpbmlzaDogcmVzdWx0IHNob3VsZCBiZSBOb25lAAAAJwkQAEkAAADfAAAAEQAAAGF0dGVtcHRlZCB0byB0YWtlIG93bmVyc2hpcCBvZiBSdXN0IHZhbHVlIHdoaWxlIGl0IHdhcyBib3Jyb3dlZHJlY3Vyc2l2ZSB1c2Ugb2YgYW4gb2JqZWN0IGRldGVjdGVkIHdoaWNoIHdvdWxkIGxlYWQgdG8gdW5zYWZlIGFsaWFzaW5nIGluIHJ1c3QAAEgAAAAEAAAABAAAAEkAAABKAAAASAAAAAQAAAAEAAAASwAAAEwAAABGbk9uY2UgY2FsbGVkIG1vcmUgdGhhbiBvbmNlaGVhZGVyX3ZlcmlmaWNhdGlvbm5vdF9hX2J1bmRsZXVuc3VwcG9ydGVkX3ZlcnNpb25tYWxmb3JtZWQAiQsQABcAAABdAAAAJQAAAAEAAUFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXowMTIzNDU2Nzg5Ky//////////////////////////////////////////////////////////Pv///z80NTY3ODk6Ozw9/////////wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZ////////GhscHR4fICEiIyQlJicoKSorLC0uLzAxMjP/////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////c2xvdHNidW5kbGVfaWRjYW5ub3QgZW5jb2RlIHRoZSBzbG90IHNlY3Rpb25jcnlwdG9zdWJ0bGVkZWNyeXB0cmF3QUVTLUdDTYkLEAAXAAAAWwEAABwAAABicm93c2VyV2ViQ3J5cHRvIHJlZnVzZWQgdG8gaW1wb3J0IGFuIEFFUy1HQ00ga2V5b2JqZWN0X3ZlcmlmaWNhdGlvbmltYWdlIGZhaWxlZCB2ZXJpZmljYXRpb246IGl0IHdhcyBtb2RpZmllZCwgc3dhcHBlZCBvciB0cnVuY2F0ZWQgb24gdGhlIGhvc3R2YXJpYW50bm9fc3VjaF9pbWFnZW5vdCBhbiBvYmplY3QgaWR0aGUgYnVuZGxlIGhhcyBubyBzdWNoIG9iamVjdAAAAIkLEAAXAAAABgEAABsAAABXZWJDcnlwdG8gaXMgbm90IGF2YWlsYWJsZSBpbiB0aGlzIHBhZ2ViYWRfa2V5dGhlIGtleSBzZXJ2aWNlIGFuc3dlcmVkIGZvciBhbm90aGVyIGJ1bmRsZXRoZSBrZXkgc2VydmljZSBzZW50IGEga2V5IG9mIHRoZSB3cm9uZyBsZW5ndGhjYW5ub3QgZW5jb2RlIGVudHJ5Y2Fubm90IGVuY29kZSBjaG9pY2V0aGUgYnJvd3NlciByZWZ1c2VkIHRvIGJ1aWxkIGEgQmxvYmNvZGUAAABNAAAADAAAAAQAAABOAAAATwAAAFAAQfCkwAAL/QIBAAAAUQAAAFIAAAAUAAAABAAAAFMAAABsCBAAQwAAAFAAAAAzAAAAdXNpemUgb3ZlcmZsb3cgd2hlbiBjYWxjdWxhdGluZyBiNjQgbGVuZ3RoAABsCBAAQwAAAFcAAAAKAAAASW52YWxpZCBVVEY4yQkQAEcAAAB/AAAAJAAAAFQAAABQAQAACAAAAFUAAABWAAAAJwkQAEkAAABCAQAAFQAAAFcAAACgAgAACAAAAFgAAABjYWxsZWQgYE9wdGlvbjo6dW53cmFwX3Rocm93KClgIG9uIGEgYE5vbmVgIHZhbHVlAAAAJwkQAEkAAAANAQAAJAAAAGNhbGxlZCBgUmVzdWx0Ojp1bndyYXBfdGhyb3coKWAgb24gYW4gYEVycmAgdmFsdWUAAAATAAAADAAAABMAAACsDhAAvw4QAMsOEABjYXBhY2l0eSBvdmVyZmxvdwAAAFoKEABQAAAAHAAAAAUAAABZAAAADAAAAAQAAABaAAAAWwAAAFwAQfinwAALlw8BAAAAXQAAAGEgZm9ybWF0dGluZyB0cmFpdCBpbXBsZW1lbnRhdGlvbiByZXR1cm5lZCBhbiBlcnJvciB3aGVuIHRoZSB1bmRlcmx5aW5nIHN0cmVhbSBkaWQgbm90AADOBBAASAAAAI8CAAAOAAAATm9uZVNvbWVsCBAAQwAAAIoAAAAJAAAAcQkQAFcAAACWAAAADQAAAHEJEABXAAAAlwAAAA0AAABxCRAAVwAAAJoAAAANAAAAcQkQAFcAAACeAAAADQAAAHEJEABXAAAAnwAAAA0AAABxCRAAVwAAAIcAAAAlAAAAcQkQAFcAAACIAAAAKwAAAHEJEABXAAAAigAAAA0AAABxCRAAVwAAAIsAAAANAAAAcQkQAFcAAACNAAAADQAAAHEJEABXAAAAjwAAAA0AAABxCRAAVwAAAEAAAAAbAAAAcQkQAFcAAABCAAAAIAAAAHEJEABXAAAATgAAABEAAABxCRAAVwAAAE8AAAARAAAAcQkQAFcAAABQAAAAEQAAAHEJEABXAAAAUQAAABEAAABxCRAAVwAAAFIAAAARAAAAcQkQAFcAAABTAAAAEQAAAHEJEABXAAAAVAAAABEAAABxCRAAVwAAAFUAAAARAAAAcQkQAFcAAABZAAAAEQAAAHEJEABXAAAAWgAAABEAAABxCRAAVwAAAFsAAAARAAAAcQkQAFcAAABcAAAAEQAAAHEJEABXAAAAXQAAABEAAABxCRAAVwAAAF4AAAARAAAAcQkQAFcAAABfAAAAEQAAAHEJEABXAAAAYAAAABEAAABxCRAAVwAAAGQAAAARAAAAcQkQAFcAAABlAAAAEQAAAHEJEABXAAAAZgAAABEAAABxCRAAVwAAAGcAAAARAAAAcQkQAFcAAABoAAAAEQAAAHEJEABXAAAAaQAAABEAAABxCRAAVwAAAGoAAAARAAAAcQkQAFcAAABrAAAAEQAAAHEJEABXAAAAbwAAABEAAABxCRAAVwAAAHAAAAARAAAAcQkQAFcAAABxAAAAEQAAAHEJEABXAAAAcgAAABEAAABxCRAAVwAAAHMAAAARAAAAcQkQAFcAAAB0AAAAEQAAAHEJEABXAAAAdQAAABEAAABxCRAAVwAAAHYAAAARAAAAAHAABwAtAQEBAgECAQFICzAVEAFlBwIGAgIBBCMBHhtbCzoJCQEYBAEJAQMBBSsDOwkqGAEgNwEBAQQIBAEDBwoCHQE6AQEBAgQIAQkBCgIaAQICOQEEAgQCAgMDAR4CAwELAjkBBAUBAgQBFAIWBgEBOgEBAgEECAEHAwoCHgE7AQEBDAEJASgBAwE3AQEDBQMBBAcCCwIdAToBAgIBAQMDAQQHAgsCHAI5AgEBAgQIAQkBCgIdAUgBBAECAwEBCAFRAQIHDAhiAQIJCwdJAhsBAQEBATcOAQUBAgULASQJAWYEAQYBAgICGQIEAxAEDQECAgYBDwEAAwAEHAMdAh4CQAIBBwgBAgsJAS0DAQF1AiIBdgMEAgkBBgPbAgIBOgEBBwEBAQECCAYKAgEwLgIMFAQwCgQDJgkMAiAEAgY4AQECAwEBBTgIAgKYAwENAQcEAQYBAwLGQAABwyEAA40BYCAABmkCAAQBCiACUAIAAQMBBAEZAgUBlwIaEg0BJggZCwEBLAMwAQIEAgICASQBQwYCAgICDAEIAS8BMwEBAwICBQIBASoCCAHuAQIBBAEAAQAQEBAAAgAB4gGVBQADAQIFBCgDBAGlAgAEQQUAAk0GRgsxBHsBNg8pAQICCgMxBAICBwE9AyQFAQg+AQwCNAkBAQgEAgFfAwIEBgECAZ0BAwgVAjkCAQEBAQwBCQEOBwMFQwECBgEBAgEBAwQDAQEOAlUIAgMBARcBUQECBgEBAgEBAgEC6wECBAYCAQIbAlUIAgEBAmoBAQECCGUBAQECBAEFAAkBAvUBCgQEAZAEAgIEASAKKAYCBAgBCQYCAy4NAQLGAQEDAQHJBwEGAQFSFgIHAQIBAnoGAwEBAgEHAQFIAgMBAQEAAgsCNAUFAxcBAAEGDwAMAwMABTsHAAE/BFEBCwIAAgAuAhcABQMGCAgCBx4ElAMANwQyCAEOARYFAQ8ABwERAgcBAgEFZAGgBwABPQQABP4C8wECAQcCBQEAB20HAGCA8AAAAAAAAAQAAAAEAAAAXgAAACB7IDogIHsKLAooKAoKKV0gfQAAAAAAAAwAAAAEAAAAXwAAAGAAAABhAAAAhAYQAE8AAABnBgAAFQAAAIQGEABPAAAAlQYAABUAAACEBhAATwAAAJYGAAAVAAAAhAYQAE8AAAB0BQAAKAAAAIQGEABPAAAAdAUAABIAAABbLi4uXWNhbGxlZCBgT3B0aW9uOjp1bndyYXAoKWAgb24gYSBgTm9uZWAgdmFsdWU9PVsBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB0bfAAAszAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAwMDAwMDAwMDAwMDAwMDAwQEBAQEAEGPuMAAC7YRTGF6eUNlbGwgaW5zdGFuY2UgaGFzIHByZXZpb3VzbHkgYmVlbiBwb2lzb25lZAAAANoDEABNAAAAdAEAAAUAAAAABgEBAwEEAgUHBwIICAkCCgULAg4EEAERAhIFExwUARUCFwIZDRwFHQgfASQBagRrAm4CrwOxArwCzwLRAtQM1QnWAtcC2gHgBeEC5gHnBOgC7iDwBPgC+gX7AQwnOz5OT4+enp97i5OWorK6hrEGBwk2PT5W89DRBBQYNjdWV3+qrq+9NeASh4mOngQNDhESKTE0OkVGSUpOT2RlioyNj7bBw8TGy9ZctrcbHAcICgsUFzY5Oqip2NkJN5CRqAcKOz5maY+SEW9fv+7vWmK5uvT8/1NUmpsuLycoVZ2goaOkp6iturzEBgsMFR06P0VRpqfMzaAHGRoiJT4/3+fs7//FxgQgIyUmKDM4OkhKTFBTVVZYWlxeYGNlZmtzeH1/iqSqr7DA0K6vbm/H3d6TXiJ7BQMELQNmAwEvLoCCHQMxDxwEJAkeBSsFRAQOKoCqBiQEJAQoCDQLTgM0DIE3CRYKCBg7RTkDYwgJMBYFIQMbBRsmOARLBS8ECgcJB0AgJwQMCTYDOgUaBwQMB1BJNzMNMwcuCAoGJgMdCAKA0FIQBggJIS4IKhYaJhwUFwlOBCQJRA0ZBwoGSAgnCXULQj4qBjsFCgZRBgEFEAMFC1kIAh1iHkgICoCmXiJFCwoGDRM6BgoGFBwsBBeAuTxkUwxICQpGRRtICFMNSQcKVghYIg4KBkYKHQNHSTcDDggKBjkHCgYsBAqA9hkHOwMdVQEPMg2Dm2Z1C4DEikxjDYQwEBYKj5sFgkeauTqGxoI5ByoEXAYmCkYKKAUTgbA6gMZbBTQsSwQ5BxFABQsHCZzWKSBhc6H9gTMPAR0GDgQIgYyJBGsFDQMJBxCPYID9A4G0BhcPEQ9HCXQ8gPYKcwhwFUZ6FAwUDFcJGYCHgUcDhUIPFYRQHwYGgNUrBT4hAXAtAxoEAoFAHxE6BQGB0CqA1isEAYDANggCgOCA9ylMBAoEAoMRREw9gMI8BgEEVQUbNAKBDiwEZAxWCoCuOB0NLAQJBwIOBoCag9kDEQMNA4DaBgwEAQ8MBDgICgYoCCwEAg4JJ4FYCB0DCwM7BB4ECgeA+4QFAAEDBQUGBgIHBggHCREKHAsZDBkNEA4MDwQQAxISEwkWARcEGAEZAxoJGwEcAh8WIAMrAi0LLgEwBDECMgGpAqoEqwj6AvsF/gP/Ca14eYuNojBXWIuMkBzdDg9LTPv8Li8/XF1f4oSNjpGSqbG6u8XGycre5OX/AAQREikxNDc6Oz1JSl2EjpKpsbS6u8bKzs/k5QAEDQ4REikxNDo7RUZJSl5kZYSRm53Jzs8NESk6O0VJV1teX2RljZGptLq7xcnf5OXwDRFFSWRlgISyvL6/1dfw8YOFi6Smvr/Fx8/a20iYvc3Gzs9JTk9XWV5fiY6Psba3v8HGx9cRFhdbXPb3/v+AbXHe3w4fbm8cHV99fq6v3t9Nu7wWFx4fRkdOT1haXF5+f7XF1NXc8PH1cnOPdHUmLi+nr7e/x8/X35oAQJeYMI8fzv9OT1pbBwgPECcv7u9ubzc9P0JFU2d1yMnQ0djZ5/7/ACBfIoLfBIJECBsEBhGBrA6AqwUgB4EcAxkIAQQvBDQEBwMBBwYHEQpQDxIHVQcDBBwKCQMIAwcDAgMDAwwEBQMLBgEOFQVOBxsHVwcCBRgMUARDAy0DAQQRBg8MOgQdJV8gbQRqJYDIBYKwAxoGgv0DWQcWCRgJFAwUDGoGCgYaBlkHKwVGCiwEDAQBAzELLAQaBgsDgKwGCgZMFID0CDwDDwM+BTgIKwWC/xEYCC8RLQMiDiEPgIwEgpoWCxWIlAUvBTsHAg4YCYC+InQMgNYagRAFgOEJ8p4DNwmBXBSAuAiA3RQ8AwoGOAhGCAwGdAseA1oEWQmAgxgcChYJTASAigarpAwXBDGhBIHaJgcMBQWCsyAqBkwEgI0EgL4DGwMPDRYIEABVAAAACgAAACsAAAAWCBAAVQAAABoAAAA2AAAAYGFzeW5jIGZuYCByZXN1bWVkIGFmdGVyIGNvbXBsZXRpb24AAAMAAIMEIACRBWAAXROgABIXIB8MIGAf7yxgKyow4CtvpqAsAqggLR77IC4A/mA2nv+gNv0BITcBCmE3JA0hOKsOoTkvGCE68x4hS0A0oVMeYeFU8GphVU9v4VWdvGFWAM9hV2XRoVcA2iFYAOChWa7iIVvs5OFc0OhhXSAA7l7wAX9fICAgIDB4MDEyMzQ1Njc4OUFCQ0RFRmZhbHNldHJ1ZQDbCBAASwAAAH4LAAAmAAAA2wgQAEsAAACHCwAAGgAAAFJlZkNlbGwgYWxyZWFkeSBtdXRhYmx5IGJvcnJvd2VkUmVmQ2VsbCBhbHJlYWR5IGJvcnJvd2VkSGFzaCB0YWJsZSBjYXBhY2l0eSBvdmVyZmxvd7AIEAAqAAAAJQAAACgAAABiAAAABAAAAAQAAABjAAAAZAAAAGNsb3N1cmUgaW52b2tlZCByZWN1cnNpdmVseSBvciBhZnRlciBiZWluZyBkcm9wcGVkaW50ZXJuYWwgZXJyb3I6IGVudGVyZWQgdW5yZWFjaGFibGUgY29kZQAA2gMQAE0AAAD+AAAALgAAANoDEABNAAAA7QAAAEwAAAChCxAAQQAAAPk7AAABAAAAagAAAGsAAABsAAAAbQAAANQGEABKAAAAyAAAACwAAADUBhAASgAAALsAAAAgAAAAbgAAAG8AAABwAAAAcQAAAL8KEABXAAAAnAAAACUAAAC3BxAASwAAACcAAAAuAAAAtwcQAEsAAAAqAAAAKQAAALcHEABLAAAAQAAAABoAAAAoBBAATwAAAPwDAAAzAAAAKAQQAE8AAAAHBAAANwAAAEVycm9yAAAAhAYQAE8AAADNAQAANwBB0MnAAAsFAQAAAHMAQeDJwAALBQEAAAB0AEHwycAAC4sRAQAAAHUAAAB1bGxydWVhbHNlAAA+BhAARQAAACwIAAAoAAAAPgYQAEUAAAAtCAAAMAAAAH0ieyw6AAAAKwwQAEYAAAC5AAAAJwAAAOMLEABHAAAAawAAABkAAADjCxAARwAAAGsAAAAoAAAAb2JqZWN0AAADCBAAEgAAAG4AAAAUAAAAAwgQABIAAABwAAAAHgAAAAMIEAASAAAAcQAAACcAAAADCBAAEgAAAHEAAAA0AAAAYSBzbG90IGJvZHkgaGFzIHRoZSB3cm9uZyBsZW5ndGggZm9yIGl0cyB0eXBlaGVhZGVyIGVuZHMgaW5zaWRlIGEgc2xvdCBib2R5aGVhZGVyIGVuZHMgaW5zaWRlIGEgc2xvdHNsb3QgY291bnQgbXVzdCBiZSBiZXR3ZWVuIDEgYW5kIDEwMjRyZXNlcnZlZCBmbGFncyBieXRlIGlzIG5vdCB6ZXJvaGVhZGVyIGlzIHNob3J0ZXIgdGhhbiBpdHMgZml4ZWQgZmllbGRzAAMIEAASAAAAjAEAAAsAAAADCBAAEgAAAOkAAAAtAAAAbWFuaWZlc3QDCBAAEgAAAKAAAAAoAAAAAwgQABIAAACgAAAAMAAAAAMIEAASAAAAoAAAADwAAAADCBAAEgAAAKAAAABIAAAAAwgQABIAAACuAAAAHwAAAAMIEAASAAAArgAAAA0AAABoZWFkZXIgbGVuZ3RoIGRvZXMgbm90IG1hdGNoIGl0cyBtYW5pZmVzdCBsZW5ndGggKHRydW5jYXRlZCBvciB0cmFpbGluZyBieXRlcyltYW5pZmVzdCBsZW5ndGggaXMgbm90IGEgdmFsaWQgY2lwaGVydGV4dCBsZW5ndGhoZWFkZXIgZW5kcyBiZWZvcmUgdGhlIG1hbmlmZXN0IGxlbmd0aGhlYWRlciBsYXJnZXIgdGhhbiB0aGUgZm9ybWF0IGFsbG93c3BhbmVsY3J5cHQvdjEgaGVhZGVyLW1hY8QnEAAYAAAAqwoQABMAAADXAAAAHwAAAKsKEAATAAAAlwEAAAgAAACrChAAEwAAAIsBAAApAAAAqwoQABMAAACQAQAADQAAAKsKEAATAAAAVQAAAA8AAABBRUFEX0FFU18yNTZfR0NNYzJzcC5vcmcvY2h1bmtlZC1lbmNyeXB0aW9uQHYxK2FuIG9iamVjdCBpZCBhcHBlYXJzIHR3aWNlb2JqZWN0IGxlbmd0aCBleGNlZWRzIDEgVGlCbWVkaWEgdHlwZSBpcyBub3QgYSB0eXBlL3N1YnR5cGUgdG9rZW4vKy0ubmFtZXdpZHRoaGVpZ2h0dmFyaWFudHNwbGFjZWhvbGRlcsIoEAAEAAAAXCUQAAYAAADGKBAABQAAAMsoEAAGAAAA0SgQAAgAAADZKBAACwAAAMYoEAAFAAAAyygQAAYAAABcJRAABgAAAHZlcnNpb25lbnRyaWVzAAAsKRAABwAAADMpEAAHAAAAaWRsZW50eXBlAAAATCkQAAIAAABOKRAAAwAAAFEpEAAEAAAAZGF0YVEpEAAEAAAAcCkQAAQAAAC5BBAAFAAAAOoAAAA4AAAAbWFuaWZlc3QgcGFkZGluZyBpcyBub3QgUEFETcOJIHplcm8gcGFkZGluZ21hbmlmZXN0IGxlbmd0aCBmaWVsZCBleGNlZWRzIHRoZSBwbGFpbnRleHRtYW5pZmVzdCBwbGFpbnRleHQgc2hvcnRlciB0aGFuIGl0cyBsZW5ndGggZmllbGRtYW5pZmVzdCBpcyBub3QgdmFsaWQgSlNPTiBvZiB0aGUgZG9jdW1lbnRlZCBzaGFwZXBsYWNlaG9sZGVyIGxhcmdlciB0aGFuIDQgS2lCdmFyaWFudCB3aWR0aHMgbXVzdCBiZSBub24temVybyBhbmQgc3RyaWN0bHkgaW5jcmVhc2luZ21vcmUgdGhhbiAxNiB2YXJpYW50cyBpbiBvbmUgZW50cnl3aWR0aCBhbmQgaGVpZ2h0IG11c3QgYm90aCBiZSBwcmVzZW50IGFuZCBub24temVybywgb3IgYm90aCBhYnNlbnRlbnRyaWVzIGFyZSBub3Qgc29ydGVkIGJ5IG5hbWUgb3IgYSBuYW1lIHJlcGVhdHNlbnRyeSBuYW1lIG11c3QgYmUgYSByZWxhdGl2ZSBwYXRoIHdpdGhvdXQgJy4nLCAnLi4nLCBlbXB0eSBzZWdtZW50cywgYmFja3NsYXNoZXMgb3IgY29udHJvbCBjaGFyYWN0ZXJzZW50cnkgbmFtZSBpcyBlbXB0eSBvciBsb25nZXIgdGhhbiAxMDI0IGJ5dGVzbW9yZSB0aGFuIDEwMDAwMCBlbnRyaWVzbWFuaWZlc3QgdmVyc2lvbiBpcyBub3QgMS4uLmJ1bmRsZSBrZXlhIHNlcXVlbmNlc3RydWN0IEVudHJ5c3RydWN0IEVudHJ5IHdpdGggNiBlbGVtZW50cxwsEAAcAAAAAAAAAAgAAAAEAAAAdgAAAHN0cnVjdCBWYXJpYW50c3RydWN0IFZhcmlhbnQgd2l0aCAzIGVsZW1lbnRzXiwQAB4AAABzdHJ1Y3QgTWFuaWZlc3RzdHJ1Y3QgTWFuaWZlc3Qgd2l0aCAyIGVsZW1lbnRzAACTLBAAHwAAAHN0cnVjdCBPYmplY3RSZWZzdHJ1Y3QgT2JqZWN0UmVmIHdpdGggMyBlbGVtZW50c8wsEAAgAAAAc3RydWN0IFBsYWNlaG9sZGVyc3RydWN0IFBsYWNlaG9sZGVyIHdpdGggMiBlbGVtZW50cwYtEAAiAAAApQUQAFAAAABmAAAAIgAAAKUFEABQAAAAZgAAAAkAAAClBRAAUAAAAFYAAAASAAAApQUQAFAAAABWAAAAQgAAAP//////////cC0QAEGI28AACxV3AAAADAAAAAQAAAB4AAAAeQAAAFAAQajbwAALygQBAAAAUQAAAGEgRGlzcGxheSBpbXBsZW1lbnRhdGlvbiByZXR1cm5lZCBhbiBlcnJvciB1bmV4cGVjdGVkbHkAawcQAEsAAABkCwAADgAAAGRlc3QgaXMgb3V0IG9mIGJvdW5kc21pZCA+IGxlbgAAeAQQAEAAAADCAAAAIAAAAHgEEABAAAAAwgAAACoAAAB4BBAAQAAAAMIAAAAVAAAAeAQQAEAAAADaAAAAJwAAAHgEEABAAAAA2gAAACoAAAB4BBAAQAAAANoAAAA0AAAAeAQQAEAAAADaAAAANwAAAHgEEABAAAAA2gAAABwAAABkZWNyeXB0aW9uIGZhaWxlZDogd3Jvbmcga2V5LCBvciB0aGUgZGF0YSB3YXMgbW9kaWZpZWQsIHN3YXBwZWQgb3IgdHJ1bmNhdGVkbm90IGEgcGFuZWxjcnlwdCBidW5kbGUgKGJhZCBtYWdpYyBieXRlcylubyBrZXkgc2xvdCBpbiB0aGlzIGJ1bmRsZSBjYW4gYmUgb3BlbmVkIHdpdGggdGhlIGdpdmVuIGtleXN0aGUgc3lzdGVtIHJhbmRvbSBudW1iZXIgZ2VuZXJhdG9yIGZhaWxlZAAAHwcQAEsAAACAAAAADgAAAB8HEABLAAAAgAAAABQAAAAfBxAASwAAAIMAAAAXAAAAb2JqZWN0IGlkIGlzIG5vdCAzMiBsb3dlci1jYXNlIGhleCBkaWdpdHNvYmplY3QgaWQgaXMgbm90IGhleFN0cmVhbUNpcGhlckVycm9yAEH838AAC7EBAQAAAHoAAABudW1iZXIgb2YgcmVtYWluaW5nIGJsb2NrcyBpbnN1ZmZpY2llbnQAHwcQAEsAAACSAAAADgAAAAAAAABn5glqha5nu3Lzbjw69U+lf1IOUYxoBZur2YMfGc3gWwjJvPNn5glqO6fKhIWuZ7sr+JT+cvNuPPE2HV869U+l0YLmrX9SDlEfbD4rjGgFm2u9Qfur2YMfeSF+ExnN4FsAAAAAAAAAAAEAAAB7AEG44cAACwUBAAAAewBByOHAAAsFAQAAAHwAQdjhwAALBQEAAAB9AEHo4cAACwUBAAAAfgBB+OHAAAsFAQAAAH8AQYjiwAALBQEAAACAAEGY4sAAC9oBAQAAAIEAAAB1MzJ1NjRleHBsaWNpdCBwYW5pYxEKEABIAAAAJAkAABIAAABvbmUgb2YgLCBieXRlIGFycmF5T3B0aW9uIHZhbHVlbmV3dHlwZSBzdHJ1Y3RzZXF1ZW5jZW1hcGVudW11bml0IHZhcmlhbnRuZXd0eXBlIHZhcmlhbnR0dXBsZSB2YXJpYW50c3RydWN0IHZhcmlhbnRhIGJvcnJvd2VkIHN0cmluZ2Egc3RyaW5ndXV1dXV1dXVidG51ZnJ1dXV1dXV1dXV1dXV1dXV1dXUAACIAQavkwAALAVwAQc/lwAAL0ycwMTIzNDU2Nzg5YWJjZGVmYXNzZXJ0aW9uIGZhaWxlZDogc2VsZi5pc19jaGFyX2JvdW5kYXJ5KG5ld19sZW4pAAAAAAAAAPA/AAAAAAAAJEAAAAAAAABZQAAAAAAAQI9AAAAAAACIw0AAAAAAAGr4QAAAAACAhC5BAAAAANASY0EAAAAAhNeXQQAAAABlzc1BAAAAIF+gAkIAAADodkg3QgAAAKKUGm1CAABA5ZwwokIAAJAexLzWQgAANCb1awxDAIDgN3nDQUMAoNiFVzR2QwDITmdtwatDAD2RYORY4UNAjLV4Ha8VRFDv4tbkGktEktVNBs/wgET2SuHHAi21RLSd2XlDeOpEkQIoLCqLIEU1AzK39K1URQKE/uRx2YlFgRIfL+cnwEUh1+b64DH0ReqMoDlZPilGJLAIiO+NX0YXbgW1tbiTRpzJRiLjpshGA3zY6pvQ/kaCTcdyYUIzR+Mgec/5EmhHG2lXQ7gXnkexoRYq087SRx1KnPSHggdIpVzD8SljPUjnGRo3+l1ySGGg4MR49aZIecgY9tay3EhMfc9Zxu8RSZ5cQ/C3a0ZJxjNU7KUGfElcoLSzJ4SxSXPIoaAx5eVJjzrKCH5eG0qaZH7FDhtRSsD93XbSYYVKMH2VFEe6uko+bt1sbLTwSs7JFIiH4SRLQfwZaukZWkupPVDiMVCQSxNN5Fo+ZMRLV2Cd8U19+UttuARuodwvTETzwuTk6WNMFbDzHV7kmEwbnHCldR3PTJFhZodpcgNN9fk/6QNPOE1y+I/jxGJuTUf7OQ67/aJNGXrI0Sm9102fmDpGdKwNTmSf5KvIi0JOPcfd1roud04MOZWMafqsTqdD3feBHOJOkZTUdaKjFk+1uUkTi0xMTxEUDuzWr4FPFpkRp8wbtk9b/9XQv6LrT5m/heK3RSFQfy8n2yWXVVBf+/BR7/yKUBudNpMV3sBQYkQE+JoV9VB7VQW2AVsqUW1VwxHheGBRyCo0VhmXlFF6NcGr37zJUWzBWMsLFgBSx/Euvo4bNFI5rrptciJpUsdZKQkPa59SHdi5Zemi01IkTii/o4sIU61h8q6Mrj5TDH1X7Rctc1NPXK3oXfinU2Oz2GJ19t1THnDHXQm6ElQlTDm1i2hHVC6fh6KuQn1UfcOUJa1JslRc9PluGNzmVHNxuIoekxxV6EazFvPbUVWiGGDc71KGVcoeeNOr57tVPxMrZMtw8VUO2DU9/swlVhJOg8w9QFtWyxDSnyYIkVb+lMZHMErFVj06uFm8nPpWZiQTuPWhMFeA7Rcmc8pkV+Done8P/ZlXjLHC9Sk+0FfvXTNztE0EWGs1AJAhYTlYxUIA9Gm5b1i7KYA44tOjWCo0oMbayNhYNUFIeBH7DlnBKC3r6lxDWfFy+KUlNHhZrY92Dy9BrlnMGappvejiWT+gFMTsohdaT8gZ9aeLTVoyHTD5SHeCWn4kfDcbFbdani1bBWLa7FqC/FhDfQgiW6M7L5ScilZbjAo7uUMtjFuX5sRTSpzBWz0gtuhcA/ZbTajjIjSEK1wwSc6VoDJhXHzbQbtIf5VcW1IS6hrfylx5c0vScMsAXVdQ3gZN/jRdbeSVSOA9al3Erl0trGagXXUatThXgNRdEmHiBm2gCV6rfE0kRARAXtbbYC1VBXRezBK5eKoGqV5/V+cWVUjfXq+WUC41jRNfW7zkeYJwSF9y610Yo4x+XyezOu/lF7Nf8V8Ja9/d51/tt8tFV9UdYPRSn4tWpVJgsSeHLqxOh2Cd8Sg6VyK9YAKXWYR2NfJgw/xvJdTCJmH0+8suiXNcYXh9P701yJFh1lyPLEM6xmEMNLP308j7YYcA0HqEXTFiqQCEmeW0ZWLUAOX/HiKbYoQg719T9dBipejqN6gyBWPPouVFUn86Y8GFr2uTj3BjMmebRnizpGP+QEJYVuDZY59oKfc1LBBkxsLzdEM3RGR4szBSFEV5ZFbgvGZZlq9kNgw24Pe942RDj0PYda0YZRRzVE7T2E5l7Mf0EIRHg2Xo+TEVZRm4ZWF4flq+H+5lPQuP+NbTImYMzrK2zIhXZo+BX+T/ao1m+bC77t9iwmY4nWrql/v2ZoZEBeV9uixn1Eojr470YWeJHexasnGWZ+skp/EeDsxnE3cIV9OIAWjXlMosCOs1aA06/TfKZWtoSET+Yp4foWha1b37hWfVaLFKrXpnwQppr06srOC4QGlaYtfXGOd0afE6zQ3fIKpp1kSgaItU4GkMVshCrmkUao9retMZhElqcwZZSCDlf2oIpDctNO+zagqNhTgB6+hqTPCmhsElH2swVij0mHdTa7trMjF/VYhrqgZ//d5qvmsqZG9eywLzazU9CzZ+wydsggyOw120XWzRxziaupCSbMb5xkDpNMdsN7j4kCMC/Wwjc5s6ViEybetPQsmrqWZt5uOSuxZUnG1wzjs1jrTRbQzCisKxIQZuj3ItMx6qO26ZZ/zfUkpxbn+B+5fnnKVu32H6fSEE224sfbzulOIQb3acayo6G0VvlIMGtQhiem89EiRxRX2wb8wWbc2WnORvf1zIgLzDGXDPOX3QVRpQcEOInETrIIRwVKrDFSYpuXDplDSbb3PvcBHdAMElqCNxVhRBMS+SWHFrWZH9uraOcePXet40MsNx3I0ZFsL+93FT8Z+bcv4tctT2Q6EHv2JyifSUiclul3KrMfrre0rNcgtffHONTgJzzXZb0DDiNnOBVHIEvZpsc9B0xyK24KFzBFJ5q+NY1nOGpleWHO8LdBTI9t1xdUF0GHp0Vc7SdXSemNHqgUerdGP/wjKxDOF0PL9zf91PFXULr1Df1KNKdWdtkgtlpoB1wAh3Tv7PtHXxyhTi/QPqddb+TK1+QiB2jD6gWB5TVHYvTsju5WeJdrthemrfwb92FX2MoivZ83ZanC+Lds8od3CD+y1UA193JjK9nBRik3ewfuzDmTrId1ye5zRASf53+cIQIcjtMni481QpOqlneKUwqrOIk514Z15KcDV80ngB9lzMQhsHeYIzdH8T4jx5MaCoL0wNcnk9yJI7n5CmeU16dwrHNNx5cKyKZvygEXqMVy2AOwlGem+tOGCKi3t6ZWwjfDY3sXp/RywbBIXlel5Z9yFF5hp725c6NevPUHvSPYkC5gOFe0aNK4PfRLp7TDj7sQtr8HtfBnqezoUkfPaHGEZCp1l8+lTPa4kIkHw4KsPGqwrEfMf0c7hWDfl8+PGQZqxQL307lxrAa5JjfQo9IbAGd5h9TIwpXMiUzn2w95k5/RwDfpx1AIg85Dd+A5MAqkvdbX7iW0BKT6qiftpy0BzjVNd+kI8E5BsqDX+62YJuUTpCfymQI8rlyHZ/M3SsPB97rH+gyOuF88zhf251bGz///////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////8AAAEAAgADAAQABQAGAAcACAAJAP//////////////////CgALAAwADQAOAA8A/////////////////////////////////////////////////////////////////////woACwAMAA0ADgAPAP///////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////wAAEAAgADAAQABQAGAAcACAAJAA//////////////////+gALAAwADQAOAA8AD/////////////////////////////////////////////////////////////////////oACwAMAA0ADgAPAA////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////FwsQAEYAAADOAQAAGgAAABcLEABGAAAA1AEAAB8AAAAXCxAARgAAABsCAAATAAAAFwsQAEYAAAAkAgAAPgAAABcLEABGAAAAIAIAADMAAAAXCxAARgAAACoCAAA6AAAAFwsQAEYAAADBAQAARQAAACBhdCBsaW5lIAAAAPYFEABHAAAA9wEAACEAAAD2BRAARwAAAPsBAAAMAAAAIGNvbHVtbiD2BRAARwAAAAICAAAhAAAA9gUQAEcAAAALAgAAKgAAAPYFEABHAAAADwIAACwAAAD2BRAARwAAABQCAAAJAAAAdwAAAAwAAAAEAAAAggAAAIMAAABQAAAAhAYQAE8AAAA8BgAAFAAAAIQGEABPAAAAPAYAACEAAACEBhAATwAAADAGAAAUAAAAhAYQAE8AAAAwBgAAIQAAABcLEABGAAAAiQIAABkAAACYL4pCkUQ3cc/7wLWl27XpW8JWOfER8Vmkgj+S1V4cq5iqB9gBW4MSvoUxJMN9DFV0Xb5y/rHegKcG3Jt08ZvBwWmb5IZHvu/GncEPzKEMJG8s6S2qhHRK3KmwXNqI+XZSUT6YbcYxqMgnA7DHf1m/8wvgxkeRp9VRY8oGZykpFIUKtyc4IRsu/G0sTRMNOFNUcwpluwpqdi7JwoGFLHKSoei/oktmGqhwi0vCo1FsxxnoktEkBpnWhTUO9HCgahAWwaQZCGw3Hkx3SCe1vLA0swwcOUqq2E5Pypxb828uaO6Cj3RvY6V4FHjIhAgCx4z6/76Q62xQpPej+b7yeHHGFwUQAEYAAAANAAAAGgAAABcFEABGAAAADQAAACMAAAAirijXmC+KQs1l7yORRDdxLztN7M/7wLW824mBpdu16Ti1SPNbwlY5GdAFtvER8VmbTxmvpII/khiBbdrVXhyrQgIDo5iqB9i+b3BFAVuDEoyy5E6+hTEk4rT/1cN9DFVviXvydF2+crGWFjv+sd6ANRLHJacG3JuUJmnPdPGbwdJK8Z7BaZvk4yVPOIZHvu+11YyLxp3BD2WcrHfMoQwkdQIrWW8s6S2D5KZuqoR0StT7Qb3cqbBctVMRg9qI+Xar32buUlE+mBAytC1txjGoPyH7mMgnA7DkDu++x39Zv8KPqD3zC+DGJacKk0eRp9VvggPgUWPKBnBuDgpnKSkU/C/SRoUKtycmySZcOCEbLu0qxFr8bSxN37OVnRMNOFPeY6+LVHMKZaiydzy7Cmp25q7tRy7JwoE7NYIUhSxykmQD8Uyh6L+iATBCvEtmGqiRl/jQcItLwjC+VAajUWzHGFLv1hnoktEQqWVVJAaZ1iogcVeFNQ70uNG7MnCgahDI0NK4FsGkGVOrQVEIbDcemeuO30x3SCeoSJvhtbywNGNaycWzDBw5y4pB40qq2E5z42N3T8qcW6O4stbzby5o/LLvXe6Cj3RgLxdDb2OleHKr8KEUeMiE7DlkGggCx4woHmMj+v++kOm9gt7rbFCkFXnGsvej+b4rU3Lj8nhxxpxhJurOPifKB8LAIce4htEe6+DN1n3a6njRbu5/T331um8Xcqpn8AammMiixX1jCq4N+b4EmD8RG0ccEzULcRuEfQQj9XfbKJMkx0B7q8oyvL7JFQq+njxMDRCcxGcdQ7ZCPsu+1MVMKn5l/Jwpf1ns+tY6q2/LXxdYR0qMGURsXgUQAEYAAAAOAAAAGgAAAF4FEABGAAAADgAAACMAAABhc3NlcnRpb24gZmFpbGVkOiBwc2l6ZSA+PSBzaXplICsgbWluX292ZXJoZWFkAABeCxAAKgAAALEEAAAJAAAAYXNzZXJ0aW9uIGZhaWxlZDogcHNpemUgPD0gc2l6ZSArIG1heF9vdmVyaGVhZAAAXgsQACoAAAC3BAAADQAAAG51bGwgcG9pbnRlciBwYXNzZWQgdG8gcnVzdFRyaWVkIHRvIHNocmluayB0byBhIGxhcmdlciBjYXBhY2l0eQBaChAAUAAAACwDAAAJAAAAaW5mLWluZk5hTgBBr43BAAvqBoAAAAAAAAAAoAAAAAAAAADIAAAAAAAAAPoAAAAAAABAnAAAAAAAAFDDAAAAAAAAJPQAAAAAAICWmAAAAAAAILy+AAAAAAAoa+4AAAAAAPkClQAAAABAt0O6AAAAABCl1OgAAAAAKueEkQAAAID0IOa1AAAAoDGpX+MAAAAEv8kbjgAAAMUuvKKxAABAdjprC94AAOiJBCPHigAAYqzF63itAIB6F7cm19gAkKxuMniGhwC0Vwo/FmipAKHtzM4bwtOghBRAYVFZhMilGZC5pW+lOg8g9CePy85vG44oEFSOr9pN5F6u8OwHSvuf9JgnRLGdd0HfzxHNmQfvmYULP/6yFaq03OanH4ZjvloGC6W8tKpTa3V6B+0PCL8sKVVkf7ZD1bEXTMg7Gvs772nCh0a4QqfuQE9RXT3r3eRQRhoSuhPkbGFiTfOS6q8otu8m4ruMNlUK94kEiQ9gywXpuLa9IcnBu4fpAFSWX5qEeNuPvzTQvXIEUpjeJ4qSlQCabcGUghcPPAW3dQAAAAAAAFDDAAAAAAAAAAAF40w2Ehk3xQAAAAAAAChs1qqAne/wIsf2frm30jpNQkzIcdVtkxPJ6jgezRk6vAMcVasBgAwJy8YsB9O/9a1coZAIEzdoA80QjHrDh6jbNi7vBxLCsgLPvPQDXuRn+ZTHhddpbvgG0VK6vgHXNjPhfKAcNKhFENNRoAkSEUjeHjFWeIX6ph7VZqU+fyJ0KlUz8cq6Dyky15ZArUd5F3ypdAg4x7HYStm8IniugVI3GD82TgpAGAAAAGQAAEAAICQAAAAAAAAADIATyIIf4ExeD/Yw1xsAAAAAAAAA/P/3zdgBgm7RP81AASVk2w0NAAAAJAQUQDhxU7QdeBEAAAAAMDAwMTAyMDMwNDA1MDYwNzA4MDkxMDExMTIxMzE0MTUxNjE3MTgxOTIwMjEyMjIzMjQyNTI2MjcyODI5MzAzMTMyMzMzNDM1MzYzNzM4Mzk0MDQxNDI0MzQ0NDU0NjQ3NDg0OTUwNTE1MjUzNTQ1NTU2NTc1ODU5NjA2MTYyNjM2NDY1NjY2NzY4Njk3MDcxNzI3Mzc0NzU3Njc3Nzg3OTgwODE4MjgzODQ4NTg2ODc4ODg5OTA5MTkyOTM5NDk1OTY5Nzk4OTmQBAAAUAAAAIQAQZyUwQALKQIAAABlAAAAAgAAAGYAAAACAAAAZwAAAAIAAABoAAAAAAAAAGkAAAByAEHQlMEACwkCAAAAhAAAAAQAlAEPdGFyZ2V0X2ZlYXR1cmVzCCsPbXV0YWJsZS1nbG9iYWxzKxNub250cmFwcGluZy1mcHRvaW50KwtidWxrLW1lbW9yeSsIc2lnbi1leHQrD3JlZmVyZW5jZS10eXBlcysKbXVsdGl2YWx1ZSsPYnVsay1tZW1vcnktb3B0KxZjYWxsLWluZGlyZWN0LW92ZXJsb25n';
function wasmSource() { return b64decode(WASM_BASE64); }
// panelcrypt loader: the panel flow around the wasm decoder.
//
// This file is not loaded as is. scripts/build-decoder.sh wraps it into
//   dist/panelcrypt.js         an ES module (served at /panelcrypt/decoder/)
//   dist/panelcrypt.inline.js  one expression embedding the decoder, for
//                              `panelcrypt snippet --inline`
// Both define `wasmGlue` (the wasm-bindgen glue: default init, Bundle,
// slot_section, has_webcrypto) and `wasmSource()` (what to instantiate).
//
// Rules for this file: no dollar sign and no double opening square bracket
// anywhere (Grafana substitutes dashboard variables in panel code), no
// import/export, no inline event handler attributes (CSP).

const VERSION = '0.1.0';
const STATE = '__panelcrypt_v1';

function pcState() {
  let s = window[STATE];
  if (!s) {
    s = {
      bundles: new Map(), // bundle URL + endpoint -> Promise<{bundle, url}>
      panels: new WeakMap(), // element -> { key, urls, root }
      live: new Set(), // records of rendered panels, to revoke URLs of removed ones
      blobBlocked: false, // CSP img-src forbids blob:
      violations: [], // recent securitypolicyviolation events
      rotation: null, // { at, promise }
      unlockCount: 0,
    };
    window[STATE] = s;
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        s.violations.push({ directive: e.effectiveDirective || e.violatedDirective, uri: e.blockedURI });
        if (s.violations.length > 50) s.violations.shift();
        if (String(e.effectiveDirective || e.violatedDirective).indexOf('img-src') === 0 && String(e.blockedURI).indexOf('blob') === 0) {
          s.blobBlocked = true;
        }
      },
      true,
    );
  }
  return s;
}

// Optional timing trace for diagnostics and benchmarks: set
// window.__panelcrypt_trace = [] before the panels render.
function mark(label) {
  const t = window.__panelcrypt_trace;
  if (Array.isArray(t)) t.push([label, Math.round(performance.now())]);
}

let wasmPromise = null;

// Fetches, compiles and instantiates the wasm decoder once; a failure is
// not kept, so a later call retries.
function loadWasm() {
  if (!wasmPromise) {
    mark('init');
    wasmPromise = Promise.resolve(wasmSource())
      .then((src) => wasmGlue.default({ module_or_path: src }))
      .then(() => {
        mark('init done');
      })
      .catch((e) => {
        wasmPromise = null;
        throw pcError('decoder_load', String((e && e.message) || e));
      });
  }
  return wasmPromise;
}

// Starts loading the wasm decoder and resolves at once: render() waits for
// the decoder itself, after it has started the bundle's header download,
// so that download overlaps the decoder's compilation. (Panel snippets call
// init() and then render(); a decoder that cannot load shows as the
// decoder_load error in each panel.)
function init() {
  loadWasm().catch(() => {});
  return Promise.resolve(api);
}

// ---------------------------------------------------------------- errors

function pcError(code, detail, extra) {
  const e = new Error(detail || code);
  e.code = code;
  if (extra) Object.assign(e, extra);
  return e;
}

const GRAFANA_ORIGIN = () => window.location.origin;

// The text a person sees for each error code: what happened, and the fix.
function describe(err, settings) {
  const code = (err && err.code) || 'unknown';
  const host = err && err.origin ? err.origin : hostOf(settings && settings.bundle);
  const msgs = {
    not_signed_in: ['Sign in to Grafana to see this image.', 'The key service found no Grafana session for this browser.'],
    forbidden: [
      'You are not allowed to see this image.',
      'Access follows Grafana: the bundle was sealed for users, teams or roles you are not part of. Ask a dashboard admin to add you or to re-seal it for your team.',
    ],
    service_account: ['This image is shown to signed-in people only.', 'Service accounts and API tokens never get image keys.'],
    session_expired: ['Your Grafana session has expired.', 'Reload the page to sign in again.'],
    object_verification: [
      'This image failed verification.',
      'The file on the image host was modified, swapped with another file or truncated, so nothing of it is shown. Upload the bundle again.',
    ],
    header_verification: [
      'This bundle failed verification.',
      'Its header on the image host was modified, or it does not match the key the key service returned. Upload the bundle again.',
    ],
    host_unreachable: [
      'The image host ' + host + ' cannot be reached.',
      'Check the bundle URL and that the host is up and reachable from this browser.',
    ],
    cors_missing: [
      'The image host ' + host + ' does not let Grafana read the bundle (CORS headers missing).',
      'Fix: make the host answer GET requests with Access-Control-Allow-Origin: ' +
        GRAFANA_ORIGIN() +
        ' (or *). On Azure Blob storage add a CORS rule for this origin with method GET; on S3 a bucket CORS configuration; on nginx add_header Access-Control-Allow-Origin.',
    ],
    csp_connect: [
      'Grafana\u2019s Content-Security-Policy blocks connections to ' + host + '.',
      'Fix: add ' + host + ' to connect-src in [security] content_security_policy_template of grafana.ini.',
    ],
    bundle_not_found: ['No bundle at ' + ((err && err.url) || (settings && settings.bundle)) + '.', 'Check the bundle URL in this panel: it must be the folder that holds header.pcb.'],
    object_missing: ['An image file of this bundle is missing on the host.', 'Upload the whole bundle folder again (header.pcb and every file under o/).'],
    host_error: ['The image host answered with an error (' + ((err && err.status) || '?') + ').', 'Check the host and the bundle URL.'],
    not_a_bundle: ['The bundle URL does not point to a panelcrypt bundle.', 'header.pcb there is not a panelcrypt header.'],
    unsupported_version: ['This bundle was made by a newer panelcrypt.', 'Update the panelcrypt key service, which serves the decoder.'],
    malformed: ['The bundle is damaged.', (err && err.message) || ''],
    no_such_image: ['This bundle has no image named ' + JSON.stringify((err && err.image) || '') + '.', (err && err.available) ? 'It has: ' + err.available.join(', ') : ''],
    decoder_load: [
      'The panelcrypt decoder could not be loaded.',
      'It is served by the key service at /panelcrypt/decoder/ on Grafana\u2019s origin: check that the reverse proxy forwards /panelcrypt/ to it. (' + ((err && err.message) || '') + ')',
    ],
    key_service_missing: [
      'No panelcrypt key service answers at ' + ((err && err.url) || '/panelcrypt/api/unlock') + '.',
      'The reverse proxy in front of Grafana must forward /panelcrypt/ to `panelcrypt serve`.',
    ],
    rate_limited: ['Too many image requests right now.', 'Wait a moment and refresh the panel.'],
    identity_unavailable: ['Grafana could not confirm who you are right now.', 'The key service could not reach Grafana; try again shortly.'],
    too_large: ['This bundle header is too large for the key service.', 'Seal it to fewer recipients.'],
    bad_request: ['The key service rejected the request.', (err && err.message) || ''],
    cross_site: ['The key service refused a request from another site.', 'Open the dashboard from Grafana\u2019s own address.'],
    key_service_error: ['The key service failed (' + ((err && err.status) || '?') + ').', (err && err.message) || ''],
    not_an_image: ['The decrypted file is not an image this browser can show.', 'Type: ' + ((err && err.type) || '?')],
    bad_key: ['The key service returned an unusable key.', (err && err.message) || ''],
    browser: ['This browser could not decrypt the image.', (err && err.message) || ''],
    bad_settings: ['This panel is not set up.', (err && err.message) || ''],
  };
  const m = msgs[code] || ['The image could not be shown.', (err && err.message) || String(err)];
  return { code: code, title: m[0], detail: m[1] };
}

function hostOf(url) {
  try {
    return new URL(url, window.location.href).origin;
  } catch (e) {
    return String(url);
  }
}

// ---------------------------------------------------------------- network

function trimSlashes(s) {
  let t = String(s);
  while (t.endsWith('/')) t = t.slice(0, -1);
  return t;
}

function joinUrl(base, path) {
  return trimSlashes(base) + '/' + path;
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

// Why a cross-origin fetch failed with a TypeError: CSP, CORS or the network.
async function classifyFetchFailure(url) {
  const s = pcState();
  const origin = hostOf(url);
  // Violation events are queued as tasks; give them a moment to arrive.
  await sleep(30);
  const hit = s.violations.find(
    (v) => String(v.directive).indexOf('connect-src') === 0 && (v.uri === url || hostOf(v.uri) === origin),
  );
  if (hit) return pcError('csp_connect', 'blocked by connect-src', { origin: origin });
  try {
    // An opaque no-cors request succeeds when the host answers at all.
    await fetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
    return pcError('cors_missing', 'no CORS headers', { origin: origin });
  } catch (e) {
    const again = s.violations.find((v) => String(v.directive).indexOf('connect-src') === 0 && hostOf(v.uri) === origin);
    if (again) return pcError('csp_connect', 'blocked by connect-src', { origin: origin });
    return pcError('host_unreachable', String(e), { origin: origin });
  }
}

async function fetchHostBytes(url, notFoundCode) {
  let resp;
  try {
    resp = await fetch(url, { mode: 'cors', credentials: 'omit' });
  } catch (e) {
    throw await classifyFetchFailure(url);
  }
  if (resp.status === 404 || resp.status === 403) {
    throw pcError(notFoundCode, 'HTTP ' + resp.status, { url: url, status: resp.status });
  }
  if (!resp.ok) throw pcError('host_error', 'HTTP ' + resp.status, { url: url, status: resp.status });
  return new Uint8Array(await resp.arrayBuffer());
}

function grafanaBase() {
  const b = window.grafanaBootData && window.grafanaBootData.settings && window.grafanaBootData.settings.appSubUrl;
  return typeof b === 'string' ? trimSlashes(b) : '';
}

// POST /api/user/auth-tokens/rotate once for all panels of the page.
function rotateSession() {
  const s = pcState();
  const now = Date.now();
  if (!s.rotation || now - s.rotation.at > 30000) {
    const p = fetch(grafanaBase() + '/api/user/auth-tokens/rotate', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    }).then(
      (r) => r.ok,
      () => false,
    );
    s.rotation = { at: now, promise: p };
  }
  return s.rotation.promise;
}

async function unlockOnce(endpoint, slots) {
  const s = pcState();
  s.unlockCount++;
  let resp;
  try {
    resp = await fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ slots: slots }),
    });
  } catch (e) {
    throw pcError('key_service_missing', String(e), { url: endpoint });
  }
  let body = null;
  try {
    body = await resp.json();
  } catch (e) {
    body = null;
  }
  if (resp.ok && body && typeof body.key === 'string') return body;
  const code = body && typeof body.error === 'string' ? body.error : null;
  if (!code) {
    if (resp.status === 404 || resp.status === 405 || resp.status === 502 || resp.status === 504) {
      throw pcError('key_service_missing', 'HTTP ' + resp.status, { url: endpoint, status: resp.status });
    }
    throw pcError('key_service_error', 'HTTP ' + resp.status, { status: resp.status });
  }
  throw pcError(code, (body && body.message) || code, { status: resp.status });
}

async function unlock(endpoint, slots) {
  try {
    return await unlockOnce(endpoint, slots);
  } catch (e) {
    if (e.code !== 'session_rotate') throw e;
    await rotateSession();
    try {
      return await unlockOnce(endpoint, slots);
    } catch (e2) {
      if (e2.code === 'session_rotate') throw pcError('session_expired', e2.message);
      throw e2;
    }
  }
}

function b64decode(s) {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

// One header fetch and one key request per bundle per page, shared by
// every panel. A failure is not cached, so a later render retries.
function openBundle(bundleUrl, endpoint) {
  const s = pcState();
  const cacheKey = bundleUrl + '\n' + endpoint;
  let p = s.bundles.get(cacheKey);
  if (!p) {
    p = (async () => {
      mark('header');
      // The header download overlaps the decoder's compilation.
      const headerP = fetchHostBytes(joinUrl(bundleUrl, 'header.pcb'), 'bundle_not_found');
      headerP.catch(() => {});
      await loadWasm();
      const header = await headerP;
      const info = JSON.parse(wasmGlue.slot_section(header));
      mark('unlock');
      const resp = await unlock(endpoint, info.slots);
      mark('unlocked');
      let key;
      try {
        key = b64decode(resp.key);
      } catch (e) {
        throw pcError('bad_key', 'the key is not base64');
      }
      try {
        return wasmGlue.Bundle.open(header, key, resp.bundle_id || info.bundle_id);
      } finally {
        key.fill(0);
      }
    })();
    s.bundles.set(cacheKey, p);
    p.catch(() => {
      if (s.bundles.get(cacheKey) === p) s.bundles.delete(cacheKey);
    });
  }
  return p;
}

// ---------------------------------------------------------------- DOM

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

function showError(box, err, settings) {
  const d = describe(err, settings);
  box.textContent = '';
  const m = el('div', 'panelcrypt-error');
  m.setAttribute('data-panelcrypt-error', d.code);
  m.setAttribute('role', 'alert');
  const st = m.style;
  st.padding = '8px 10px';
  st.border = '1px solid rgba(224, 47, 68, 0.6)';
  st.borderRadius = '4px';
  st.background = 'rgba(224, 47, 68, 0.08)';
  st.font = '13px/1.4 sans-serif';
  st.boxSizing = 'border-box';
  st.width = '100%';
  const t = el('div', 'panelcrypt-error-title', '\u26a0 ' + d.title);
  t.style.fontWeight = '600';
  m.appendChild(t);
  if (d.detail) m.appendChild(el('div', 'panelcrypt-error-detail', d.detail));
  box.appendChild(m);
  box.setAttribute('data-panelcrypt-state', 'error');
}

function revokeRecord(rec) {
  for (const u of rec.urls) {
    try {
      URL.revokeObjectURL(u);
    } catch (e) {
      /* ignore */
    }
  }
  rec.urls = [];
}

// Revoke the object URLs of panels whose DOM is gone (a Text panel
// re-inserts its content; a dashboard switch removes panels).
function sweep() {
  const s = pcState();
  for (const rec of s.live) {
    if (!rec.root.isConnected) {
      revokeRecord(rec);
      s.live.delete(rec);
    }
  }
}

function blobToDataUrl(blob) {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result);
    r.onerror = () => reject(r.error);
    r.readAsDataURL(blob);
  });
}

function loadImg(img, src) {
  return new Promise((resolve) => {
    const done = (ok) => {
      img.removeEventListener('load', onLoad);
      img.removeEventListener('error', onError);
      resolve(ok);
    };
    const onLoad = () => done(true);
    const onError = () => done(false);
    img.addEventListener('load', onLoad);
    img.addEventListener('error', onError);
    img.src = src;
  });
}

async function showBlob(img, blob, rec) {
  const s = pcState();
  if (!s.blobBlocked && typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(blob);
    rec.urls.push(url);
    if (await loadImg(img, url)) {
      img.setAttribute('data-panelcrypt-src', 'blob');
      return;
    }
    URL.revokeObjectURL(url);
    rec.urls = rec.urls.filter((u) => u !== url);
    // A CSP that forbids blob: images fails the load; remember it so the
    // other images go straight to data: URLs.
    await sleep(0);
    if (s.violations.some((v) => String(v.directive).indexOf('img-src') === 0 && String(v.uri).indexOf('blob') === 0)) {
      s.blobBlocked = true;
    }
  }
  const data = await blobToDataUrl(blob);
  if (await loadImg(img, data)) {
    img.setAttribute('data-panelcrypt-src', 'data');
    return;
  }
  throw pcError('not_an_image', 'the browser cannot decode it', { type: blob.type });
}

function displayWidth(box) {
  const w = box.getBoundingClientRect().width || box.clientWidth || 0;
  return w > 0 ? w : 800;
}

// ------------------------------------------------------- reload prefetch
//
// The objects of a bundle are named in its encrypted manifest, so normally
// no object can be requested before the key has arrived. On a reload the
// loader remembers, per tab (sessionStorage), which object id each image
// chose last time (keyed by bundle URL, image name and target width), and
// starts downloading that object at once, in parallel with the header and
// the key request. The bytes are used only if the manifest then selects the
// same object id; they are decrypted and verified like any other download
// (a stale or forged hint costs one wasted download, nothing else). Only
// object ids are stored, which are public names on the image host; never
// keys, manifests or plaintext.

const HINT_PREFIX = 'panelcrypt.v1.object\n';

function hintKey(bundleUrl, name, target) {
  return HINT_PREFIX + bundleUrl + '\n' + name + '\n' + target;
}

function readHint(k) {
  try {
    const v = window.sessionStorage.getItem(k);
    return v && v.length === 32 && !/[^0-9a-f]/.test(v) ? v : null;
  } catch (e) {
    return null; // storage disabled (sandboxed frame, privacy settings)
  }
}

function writeHint(k, id) {
  try {
    if (window.sessionStorage.getItem(k) !== id) window.sessionStorage.setItem(k, id);
  } catch (e) {
    /* storage disabled or full: no prefetch next time */
  }
}

// Starts (or joins) the download of a hinted object; one per bundle and
// object id per page, shared by the panels that hinted it. Returns a
// handle whose take(id) gives the download only for that very id.
function prefetchObject(bundleUrl, id) {
  const s = pcState();
  if (!s.prefetch) s.prefetch = new Map();
  const k = bundleUrl + '\n' + id;
  let e = s.prefetch.get(k);
  if (!e) {
    mark('prefetch ' + id);
    const p = fetchHostBytes(joinUrl(bundleUrl, 'o/' + id), 'object_missing');
    p.catch(() => {});
    e = { p: p, refs: 0 };
    s.prefetch.set(k, e);
  }
  e.refs++;
  let open = true;
  return {
    id: id,
    // The download if `want` is the hinted id, else null; either way this
    // panel's interest ends (the bytes are dropped when nobody needs them).
    take(want) {
      if (!open) return null;
      open = false;
      if (--e.refs <= 0 && s.prefetch.get(k) === e) s.prefetch.delete(k);
      return want === id ? e.p : null;
    },
  };
}

async function showImage(bundleP, settings, name, slot, rec, isCurrent, pre) {
  let bundle;
  try {
    bundle = await bundleP;
    if (!isCurrent()) return;
    let info;
    try {
      info = JSON.parse(bundle.entry(name));
    } catch (e) {
      if (e && e.code === 'no_such_image') {
        e.image = name;
        try {
          e.available = bundle.names().slice(0, 20);
        } catch (e2) {
          /* ignore */
        }
      }
      throw e;
    }
    const img = slot.querySelector('img');
    if (info.width && info.height) {
      img.style.aspectRatio = info.width + ' / ' + info.height;
      img.setAttribute('width', String(info.width));
      img.setAttribute('height', String(info.height));
    }
    if (info.placeholder && info.placeholder.data && !img.getAttribute('src')) {
      img.src = 'data:' + info.placeholder.type + ';base64,' + info.placeholder.data;
      img.style.filter = 'blur(8px)';
    }
    img.alt = settings.alt || name;
    const dpr = window.devicePixelRatio || 1;
    const target = Math.ceil(displayWidth(slot) * dpr);
    const choice = JSON.parse(bundle.choose(name, target));
    if (!/^image\//.test(choice.type)) throw pcError('not_an_image', choice.type, { type: choice.type });
    if (pre.key) writeHint(pre.key, choice.id);
    const early = pre.hint ? pre.hint.take(choice.id) : null;
    mark((early ? 'prefetched ' : 'fetch ') + name);
    const url = joinUrl(settings.bundle, 'o/' + choice.id);
    // A prefetch that failed is retried as a normal download, which names
    // the error.
    const ct = await (early ? early.catch(() => fetchHostBytes(url, 'object_missing')) : fetchHostBytes(url, 'object_missing'));
    if (!isCurrent()) return;
    mark('decrypt ' + name);
    const blob = await bundle.decrypt(choice.id, ct);
    if (!isCurrent()) return;
    mark('show ' + name);
    await showBlob(img, blob, rec);
    mark('shown ' + name);
    img.style.filter = '';
    img.setAttribute('data-panelcrypt-variant', String(choice.variant));
    slot.setAttribute('data-panelcrypt-state', 'shown');
  } catch (e) {
    if (!isCurrent()) return;
    showError(slot, e, settings);
  } finally {
    if (pre.hint) pre.hint.take(null);
  }
}

function normalize(settings) {
  const s = Object.assign({}, settings || {});
  if (typeof s.images === 'string') s.images = [s.images];
  if (!Array.isArray(s.images) && typeof s.image === 'string') s.images = [s.image];
  s.images = (s.images || []).filter((x) => typeof x === 'string' && x.length > 0);
  s.endpoint = s.endpoint || '/panelcrypt/api/unlock';
  return s;
}

// Renders the images of `settings` into `target` (an element, or a
// ShadowRoot). Calling it again for the same target with the same settings
// keeps what is shown; with other settings, or after the panel replaced its
// DOM, it renders afresh and revokes the object URLs of the old images.
async function render(target, settings) {
  const s = pcState();
  sweep();
  const cfg = normalize(settings);
  const key = JSON.stringify(cfg);
  const prev = s.panels.get(target);
  if (prev && prev.key === key && prev.root.isConnected && prev.root.parentNode === target) {
    return prev.done;
  }
  if (prev) {
    revokeRecord(prev);
    s.live.delete(prev);
    if (prev.root.parentNode) prev.root.parentNode.removeChild(prev.root);
  }
  const root = el('div', 'panelcrypt-root');
  root.setAttribute('data-panelcrypt-version', VERSION);
  const rs = root.style;
  rs.display = 'flex';
  rs.flexWrap = 'wrap';
  rs.gap = '8px';
  rs.width = '100%';
  rs.boxSizing = 'border-box';
  target.appendChild(root);
  const rec = { key: key, urls: [], root: root, done: null };
  s.panels.set(target, rec);
  s.live.add(rec);
  const isCurrent = () => s.panels.get(target) === rec && root.isConnected;

  if (!cfg.bundle || cfg.images.length === 0) {
    const box = el('div', 'panelcrypt-image');
    root.appendChild(box);
    showError(box, pcError('bad_settings', 'Set the bundle URL and at least one image name.'), cfg);
    rec.done = Promise.resolve();
    return rec.done;
  }

  const slots = cfg.images.map((name) => {
    const slot = el('div', 'panelcrypt-image');
    slot.setAttribute('data-panelcrypt-name', name);
    slot.setAttribute('data-panelcrypt-state', 'loading');
    const ss = slot.style;
    ss.flex = cfg.images.length > 1 ? '1 1 ' + Math.max(120, Math.floor(100 / cfg.images.length)) + 'px' : '1 1 100%';
    ss.minWidth = '0';
    const img = el('img');
    const is = img.style;
    is.display = 'block';
    is.maxWidth = '100%';
    is.width = '100%';
    is.height = 'auto';
    is.background = 'rgba(128, 128, 128, 0.12)';
    is.aspectRatio = '4 / 3';
    img.setAttribute('decoding', 'async');
    slot.appendChild(img);
    root.appendChild(slot);
    return slot;
  });

  const bundleP = openBundle(cfg.bundle, cfg.endpoint);
  // Reload prefetch: the hinted objects, after the header request.
  const dpr = window.devicePixelRatio || 1;
  const pres = slots.map((slot, i) => {
    const k = hintKey(cfg.bundle, cfg.images[i], Math.ceil(displayWidth(slot) * dpr));
    const id = readHint(k);
    return { key: k, hint: id ? prefetchObject(cfg.bundle, id) : null };
  });
  rec.done = Promise.all(slots.map((slot, i) => showImage(bundleP, cfg, cfg.images[i], slot, rec, isCurrent, pres[i]))).then(
    () => undefined,
  );
  return rec.done;
}

// For tests and diagnostics.
function stats() {
  const s = pcState();
  return {
    unlockRequests: s.unlockCount,
    blobBlocked: s.blobBlocked,
    livePanels: s.live.size,
    webcrypto: !!(globalThis.crypto && globalThis.crypto.subtle),
  };
}

const api = { VERSION: VERSION, init: init, render: render, stats: stats, describe: describe };
return api;
})()
