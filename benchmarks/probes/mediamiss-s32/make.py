"""Write the mediamiss-s32 probes and split them at random (seed 32) into work/ and measure/.

Near misses: techniques of making, editing or processing pictures, video, sound, voice and text
that creative tools offer and the course never teaches (each `term` checked absent from
knowledge/lessons), asked the way musicians, photographers, designers, editors and game makers
ask. Controls: questions in the same media vocabulary that the course does answer.
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

NEAR = [
    ("how does content-aware fill know what to paint behind the tourist i deleted?", "content-aware fill"),
    ("my photo editor has a generative fill button, what is it actually doing to the picture", "generative fill"),
    ("how does frame interpolation make a 24fps clip look like 60fps", "frame interpolation"),
    ("animator here: can ai draw the in-betweens between my keyframes?", "keyframe"),
    ("how does ai colorization guess the colours of an old black and white photo", "colorization"),
    ("how do stem separation tools pull the vocals out of a finished song", "stem separation"),
    ("is auto-tune the same thing as ai pitch correction?", "auto-tune"),
    ("how does pitch correction work on a singer's voice", "pitch correction"),
    ("how do the lip sync tools match a cartoon mouth to my voiceover?", "lip sync"),
    ("vfx question: can ai do rotoscoping for me now", "rotoscoping"),
    ("how does markerless motion capture get a skeleton from ordinary video (mocap)", "motion capture"),
    ("photogrammetry vs nerf, which should i use to scan a statue into 3d", "photogrammetry"),
    ("how does the remove background button cut the person out so cleanly", "background"),
    ("the magic eraser on my phone, how does it work", "magic eraser"),
    ("can ai dereverb a dialogue track recorded in an echoey hall?", "dereverb"),
    ("how does hdr merging of bracketed exposures work", "hdr"),
    ("what does focus stacking do for macro photos", "focus stacking"),
    ("how does depth estimation get a depth map from a single photo", "depth estimation"),
    ("chroma key vs ai background replacement for streamers", "chroma key"),
    ("how does voice conversion turn my voice into a different singer's", "voice conversion"),
    ("is beat detection in dj software machine learning?", "beat detection"),
    ("how does an app do chord recognition from a guitar recording", "chord recognition"),
    ("what is ai mastering doing to my track when i upload it to one of those online services", "mastering"),
    ("game dev: how do people turn a photo into a 3d model, is that photogrammetry or ai", "photogrammetry"),
    ("illustrator asks: how does image tracing turn a raster logo into vector paths (vectorization)", "vectorization"),
    ("how does seam carving resize an image without squashing people", "seam carving"),
    ("how does sky replacement in my photo app find the sky", "sky replacement"),
    ("portrait relighting, how can it move the light after the photo was taken", "relighting"),
    ("how does video stabilization smooth out shaky footage", "stabilization"),
    ("premiere has auto reframe for vertical video, how does that decide what to keep", "reframe"),
    ("how do i control prosody in a text-to-speech voice so it sounds less flat", "prosody"),
    ("audio to midi, how does it work out which notes the piano played", "midi"),
    ("what is timbre transfer, like making my humming sound like a violin", "timbre transfer"),
    ("how does procedural generation build whole game levels", "procedural generation"),
    ("texture synthesis: how does ai extend a small brick texture into a seamless one", "texture synthesis"),
    ("how does auto-rigging put bones inside my 3d character", "rigging"),
    ("how does time stretching slow down a song without changing its pitch", "time stretch"),
    ("how do loudness normalization tools decide how loud a podcast should be", "loudness normalization"),
    ("whats speech enhancement, the thing that makes zoom calls sound like a studio", "speech enhancement"),
    ("how do retouching tools do skin smoothing on portraits", "retouching"),
    ("how does audio restoration remove the crackle from old vinyl recordings", "audio restoration"),
    ("what does a harmonizer plugin do to a vocal", "harmonizer"),
]

CONTROLS = [
    ("as a graphic designer, can ai sketch ten logo ideas for me quickly?",
     "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality", [["logo|design"]]),
    ("how do ad agencies use generated images instead of a photo shoot?",
     "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality", [["campaign|photo shoot|advertis"]]),
    ("can ai fill a game world with textures and landscapes faster than artists?",
     "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality", [["textur|landscape|game"]]),
    ("can ai compose a jazz track for my youtube background music?",
     "generative-ai-applications/music-composition-and-personalised-playlists", [["compos|music"]]),
    ("how does ai make a playlist just for my mood?",
     "generative-ai-applications/music-composition-and-personalised-playlists", [["playlist"]]),
    ("is a song recommender the same as an ai that writes songs?",
     "generative-ai-applications/music-composition-and-personalised-playlists", [["recommend"]]),
    ("can ai produce sound effects and speech for my game?",
     "generative-ai-applications/code-audio-and-new-drug-molecules", [["audio|sound"]]),
    ("i'm a novelist stuck on a chapter, can ai help with writer's block?",
     "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing", [["writ"]]),
    ("how does my phone transcribe a recorded interview into text?",
     "ml-applications/image-and-speech-recognition", [["speech"]]),
    ("how does automatic captioning describe what is in a photo?",
     "ml-applications/image-and-speech-recognition", [["caption"]]),
    ("how does face recognition match a face in a photo to a person?",
     "ml-applications/image-and-speech-recognition", [["facial|face"]]),
    ("what is a deepfake video?", "ethics-and-regulation/deepfakes-and-the-argentine-election-poster", [["deepfake"]]),
    ("film studios making an actor look younger with ai, is that a deepfake?",
     "ethics-and-regulation/deepfakes-and-the-argentine-election-poster", [["de-age|deepfake"]]),
    ("what happened with the fake campaign poster in argentina?",
     "ethics-and-regulation/deepfakes-and-the-argentine-election-poster", [["Argentin"]]),
    ("how do GANs make portraits of people who don't exist?", "gans/what-gans-have-been-used-for", [["portrait|photorealistic"]]),
    ("can a gan turn my pencil sketches into pictures?", "gans/what-gans-have-been-used-for", [["sketch"]]),
    ("can ai make a blurry photo sharper, increasing its resolution?", "gans/what-gans-have-been-used-for", [["resolution"]]),
    ("why does my image gan keep making the same face over and over?",
     "gans/mode-collapse-when-a-gan-loses-variety", [["mode collapse|variety"]]),
    ("what kinds of media can generative ai make, pictures, music, video?",
     "what-is-generative-ai/kinds-of-content-generative-ai-creates", [["image|audio|music"]]),
    ("photographer here: could synthetic photos help train a classifier when i only have a few real ones?",
     "generative-ai-applications/data-augmentation-with-synthetic-training-examples", [["synthetic"]]),
    ("does an image generator copy the pictures it was trained on?",
     "what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it", [["cop"]]),
    ("can a chatbot look at my photo and talk about it?",
     "future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini", [["multimodal"]]),
    ("how does an image model make new cat pictures that never existed?",
     "what-is-generative-ai/the-cat-pictures-example-of-generative-ai", [["cat"]]),
    ("what are diffusion models used for in images?",
     "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality", [["diffusion"]]),
]

# Written after the fix (task_names.MEDIA_HEADS, the bracketed name) and before running them.
NEAR2 = [
    ("how does vocal isolation pull the singer out of a track", "vocal isolation"),
    ("what is photo restoration doing when it fixes torn old pictures", "photo restoration"),
    ("how does face retouching work in those beauty apps", "face retouching"),
    ("how does panorama stitching line up my overlapping holiday shots", "panorama stitching"),
    ("my old phone can make a still photo blink and move its head (photo animation), how?", "photo animation"),
    ("video upscaling vs plain sharpening, which one is my new tv doing?", "video upscaling"),
    ("how does background removal in slide software find the edges of my photo", "background removal"),
]
CONTROLS2 = [
    ("can generative ai produce a voice reading out my script?",
     "generative-ai-applications/code-audio-and-new-drug-molecules", [["speech|voice"]]),
    ("can an ai turn my rough drawing into a finished picture?", "gans/what-gans-have-been-used-for", [["sketch"]]),
]


if __name__ == "__main__":
    rng = random.Random(32)
    near = [probekit.case("near_miss", q, term=t) for q, t in NEAR]
    controls = [probekit.case("paraphrase", q, sections=[s], facts=facts) for q, s, facts in CONTROLS]
    probekit.check_facts(controls)
    here = Path(__file__).parent
    for folder, n, c in zip(("work", "measure"), probekit.halves(near, rng), probekit.halves(controls, rng), strict=True):
        head = f"# mediamiss-s32 ({folder}): written before running the tutor, split at random (seed 32).\n\n"
        probekit.write_cases(here / folder / "near_miss.toml", head, n)
        probekit.write_cases(here / folder / "paraphrase.toml", head, c)
    head = "# mediamiss-s32 (measure2): written after the fix and before running it.\n\n"
    controls2 = [probekit.case("paraphrase", q, sections=[s], facts=facts) for q, s, facts in CONTROLS2]
    probekit.check_facts(controls2)
    probekit.write_cases(here / "measure2" / "near_miss.toml", head, [probekit.case("near_miss", q, term=t) for q, t in NEAR2])
    probekit.write_cases(here / "measure2" / "paraphrase.toml", head, controls2)
